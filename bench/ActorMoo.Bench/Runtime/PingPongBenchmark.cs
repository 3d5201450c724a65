using System.Threading.Channels;
using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Bench.Runtime;

/// <summary>
/// Ping-pong throughput: pairs of actors bounce messages (a fixed number in flight per pair),
/// against the same exchange between pairs of tasks over raw <see cref="Channel{T}"/>s. Also
/// reports allocated bytes per message over the whole process during the actor run.
/// </summary>
public sealed class PingPongBenchmark : IRuntimeBenchmark
{
    /// <summary>Messages in flight per pair: enough to keep both mailboxes busy, as in a loaded server.</summary>
    private const int InFlight = 200;

    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var manyPairs = 2 * Environment.ProcessorCount;
        foreach (var pairs in new[] { 1, manyPairs })
        {
            var messagesPerPair = context.Size(2_000_000, 10_000_000) / pairs;
            var runs = context.Size(3, 5);
            await using var system = ActorSystem.Create("bench");

            // Warm up both sides (JIT, mailbox rings grown to their working size).
            await ActorPingPongAsync(system, pairs, messagesPerPair / 10);
            await ChannelPingPongAsync(pairs, messagesPerPair / 10);

            var actorRates = new List<double>();
            var channelRates = new List<double>();
            var bytesPerMessage = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var total = 2L * messagesPerPair * pairs;
                var before = GC.GetTotalAllocatedBytes(precise: true);
                actorRates.Add(await Measure.RatePerSecondAsync(total, () => ActorPingPongAsync(system, pairs, messagesPerPair)));
                bytesPerMessage.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / (double)total);
                channelRates.Add(await Measure.RatePerSecondAsync(total, () => ChannelPingPongAsync(pairs, messagesPerPair)));
            }

            var label = pairs == 1 ? "1 pair" : $"{pairs} pairs";
            context.Report($"ping-pong {label}", Median(actorRates), "msg/s", Median(channelRates));
            context.Report($"ping-pong {label} allocated", Median(bytesPerMessage), "bytes/msg");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task ActorPingPongAsync(ActorSystem system, int pairs, int messagesPerPair)
    {
        var done = new List<Task>();
        var actors = new List<IActorRef>();
        for (var i = 0; i < pairs; i++)
        {
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var counter = system.ActorOf(Props.Create(() => new CountingPlayer(messagesPerPair, finished)));
            var echo = system.ActorOf(Props.Create(() => new EchoPlayer()));
            for (var b = 0; b < InFlight; b++) echo.Tell(Ball.Instance, counter);
            done.Add(finished.Task);
            actors.Add(counter);
            actors.Add(echo);
        }
        await Task.WhenAll(done);
        await Task.WhenAll(actors.Select(system.StopAsync));
    }

    private static async Task ChannelPingPongAsync(int pairs, int messagesPerPair)
    {
        var tasks = new List<Task>();
        for (var i = 0; i < pairs; i++)
        {
            var options = new UnboundedChannelOptions { SingleReader = true, SingleWriter = false };
            var toCounter = Channel.CreateUnbounded<Ball>(options);
            var toEcho = Channel.CreateUnbounded<Ball>(options);
            for (var b = 0; b < InFlight; b++) toEcho.Writer.TryWrite(Ball.Instance);
            tasks.Add(Task.Run(async () =>
            {
                var count = 0;
                var reader = toCounter.Reader;
                while (await reader.WaitToReadAsync())
                {
                    while (reader.TryRead(out var ball))
                    {
                        if (++count == messagesPerPair)
                        {
                            toEcho.Writer.Complete();
                            return;
                        }
                        toEcho.Writer.TryWrite(ball);
                    }
                }
            }));
            tasks.Add(Task.Run(async () =>
            {
                var reader = toEcho.Reader;
                while (await reader.WaitToReadAsync())
                {
                    while (reader.TryRead(out var ball)) toCounter.Writer.TryWrite(ball);
                }
            }));
        }
        await Task.WhenAll(tasks);
    }

    /// <summary>The message; one shared instance, so the measurement sees only the runtime's allocations.</summary>
    private sealed record Ball
    {
        public static readonly Ball Instance = new();
    }

    private sealed class CountingPlayer : Actor
    {
        private int _count;

        public CountingPlayer(int limit, TaskCompletionSource finished)
        {
            Receive<Ball>(ball =>
            {
                if (++_count == limit) finished.TrySetResult();
                else if (_count < limit) Sender.Tell(ball, Self);
            });
        }
    }

    private sealed class EchoPlayer : Actor
    {
        public EchoPlayer() => Receive<Ball>(ball => Sender.Tell(ball, Self));
    }
}
