using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Bench.Runtime;

/// <summary>
/// Allocations on the Tell path alone: one thread tells a pre-allocated message to an actor in
/// bursts (waiting for each burst to be processed, so the mailbox stays at its working size),
/// and the bytes allocated on that thread are divided by the number of tells. The goal is zero.
/// A producer that outruns its consumer without bound is not steady state: any unbounded
/// mailbox must then allocate room for the backlog.
/// </summary>
public sealed class TellAllocationBenchmark : IRuntimeBenchmark
{
    private const int Burst = 1_000;

    /// <inheritdoc />
    public int Order => 20;

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var bursts = context.Size(1_000, 5_000);
        await using var system = ActorSystem.Create("bench");
        var processed = new Counter();
        var sink = system.ActorOf(Props.Create(() => new Sink(processed)));
        var message = new Tick();

        SendBursts(sink, message, processed, bursts / 10); // warm-up: JIT, mailbox ring grown to a burst
        var before = GC.GetAllocatedBytesForCurrentThread();
        SendBursts(sink, message, processed, bursts);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        context.Report("tell path allocated", allocated / (double)(bursts * Burst), "bytes/msg");
    }

    private static void SendBursts(IActorRef sink, Tick message, Counter processed, int bursts)
    {
        for (var b = 0; b < bursts; b++)
        {
            var target = Volatile.Read(ref processed.Value) + Burst;
            for (var i = 0; i < Burst; i++) sink.Tell(message);
            var spinner = default(SpinWait);
            while (Volatile.Read(ref processed.Value) < target) spinner.SpinOnce();
        }
    }

    private sealed record Tick;

    private sealed class Counter
    {
        public long Value;
    }

    private sealed class Sink : Actor
    {
        public Sink(Counter processed) => Receive<Tick>(_ => Volatile.Write(ref processed.Value, processed.Value + 1));
    }
}
