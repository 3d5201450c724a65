using System.Diagnostics;
using System.Threading.Channels;
using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Bench.Runtime;

/// <summary>
/// Ask round trip: one caller asks an echo actor and awaits each reply before the next. The
/// baseline is the same request/reply through a raw channel to a task that completes a
/// TaskCompletionSource per request with a timeout (what Ask does, without actors). Also reports
/// the bytes allocated per ask (whole process) and the rate of many callers asking at once, which
/// is where the timeouts' shared bookkeeping (<c>AskDeadlines</c>) is contended.
/// </summary>
public sealed class AskLatencyBenchmark : IRuntimeBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var rounds = context.Size(20_000, 100_000);
        await using var system = ActorSystem.Create("bench");
        var echo = system.ActorOf(Props.Create(() => new Echo()));

        await AskRoundsAsync(echo, rounds / 10, samples: null);
        var actor = new List<double>(rounds);
        await AskRoundsAsync(echo, rounds, actor);
        await using var server = new ChannelServer();
        await server.RoundsAsync(rounds / 10, samples: null);
        var channel = new List<double>(rounds);
        await server.RoundsAsync(rounds, channel);

        actor.Sort();
        channel.Sort();
        context.Report("ask round trip p50", Measure.Percentile(actor, 0.50), "us", Measure.Percentile(channel, 0.50));
        context.Report("ask round trip p99", Measure.Percentile(actor, 0.99), "us", Measure.Percentile(channel, 0.99));

        var actorBytes = await AllocatedPerRoundAsync(rounds, () => AskRoundsAsync(echo, rounds, samples: null));
        var channelBytes = await AllocatedPerRoundAsync(rounds, () => server.RoundsAsync(rounds, samples: null));
        context.Report("ask allocated", actorBytes, "bytes/ask", channelBytes);

        // Many callers at once against the one echo actor (one server task for the baseline).
        const int callers = 64;
        var perCaller = rounds / 10;
        var actorRate = await Measure.RatePerSecondAsync(callers * perCaller,
            () => Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => AskRoundsAsync(echo, perCaller, samples: null)))));
        var channelRate = await Measure.RatePerSecondAsync(callers * perCaller,
            () => Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => server.RoundsAsync(perCaller, samples: null)))));
        context.Report($"asks, {callers} concurrent callers", actorRate, "asks/s", channelRate);
    }

    /// <summary>Bytes allocated in the whole process per round of <paramref name="run"/>.</summary>
    private static async Task<double> AllocatedPerRoundAsync(int rounds, Func<Task> run)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await run();
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)rounds;
    }

    /// <summary>Asks <paramref name="rounds"/> times in sequence, adding each round trip in microseconds to <paramref name="samples"/> if given.</summary>
    private static async Task AskRoundsAsync(IActorRef echo, int rounds, List<double>? samples)
    {
        var request = new Request();
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await echo.Ask<Request>(request, Timeout);
            samples?.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
    }

    /// <summary>The baseline: a task that completes each request's TaskCompletionSource, fed by a channel.</summary>
    private sealed class ChannelServer : IAsyncDisposable
    {
        private readonly Channel<TaskCompletionSource<Request>> _requests =
            Channel.CreateUnbounded<TaskCompletionSource<Request>>(new UnboundedChannelOptions { SingleReader = true });

        private readonly Task _server;

        public ChannelServer()
        {
            _server = Task.Run(async () =>
            {
                var request = new Request();
                await foreach (var pending in _requests.Reader.ReadAllAsync()) pending.TrySetResult(request);
            });
        }

        /// <summary>Like <see cref="AskRoundsAsync"/>, through the channel.</summary>
        public async Task RoundsAsync(int rounds, List<double>? samples)
        {
            for (var i = 0; i < rounds; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var pending = new TaskCompletionSource<Request>(TaskCreationOptions.RunContinuationsAsynchronously);
                _requests.Writer.TryWrite(pending);
                await pending.Task.WaitAsync(Timeout);
                samples?.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _requests.Writer.Complete();
            await _server;
        }
    }

    private sealed record Request;

    private sealed class Echo : Actor
    {
        public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
    }
}
