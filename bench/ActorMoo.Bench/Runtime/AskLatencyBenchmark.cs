using System.Diagnostics;
using System.Threading.Channels;
using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Bench.Runtime;

/// <summary>
/// Ask round trip: one caller asks an echo actor and awaits each reply before the next. The
/// baseline is the same request/reply through a raw channel to a task that completes a
/// TaskCompletionSource per request (what Ask does, without actors).
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

        await AskRoundsAsync(echo, rounds / 10);
        var actor = await AskRoundsAsync(echo, rounds);
        await ChannelRoundsAsync(rounds / 10);
        var channel = await ChannelRoundsAsync(rounds);

        context.Report("ask round trip p50", Measure.Percentile(actor, 0.50), "us", Measure.Percentile(channel, 0.50));
        context.Report("ask round trip p99", Measure.Percentile(actor, 0.99), "us", Measure.Percentile(channel, 0.99));
    }

    private static async Task<List<double>> AskRoundsAsync(IActorRef echo, int rounds)
    {
        var samples = new List<double>(rounds);
        var request = new Request();
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await echo.Ask<Request>(request, Timeout);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        samples.Sort();
        return samples;
    }

    private static async Task<List<double>> ChannelRoundsAsync(int rounds)
    {
        var requests = Channel.CreateUnbounded<TaskCompletionSource<Request>>(new UnboundedChannelOptions { SingleReader = true });
        var server = Task.Run(async () =>
        {
            var request = new Request();
            await foreach (var pending in requests.Reader.ReadAllAsync()) pending.TrySetResult(request);
        });

        var samples = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var pending = new TaskCompletionSource<Request>(TaskCreationOptions.RunContinuationsAsynchronously);
            requests.Writer.TryWrite(pending);
            await pending.Task.WaitAsync(Timeout);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        requests.Writer.Complete();
        await server;
        samples.Sort();
        return samples;
    }

    private sealed record Request;

    private sealed class Echo : Actor
    {
        public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
    }
}
