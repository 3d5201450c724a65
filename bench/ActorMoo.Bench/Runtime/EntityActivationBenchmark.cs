using System.Diagnostics;
using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Bench.Runtime;

/// <summary>
/// Entity activation through a shard region: N entities (1,000,000; 100,000 with --quick) each
/// receive one message through the region, which creates them. Reports activations per second,
/// the CPU time and GC pause they cost (and how many gen-2 collections, to tell a full-heap cost
/// from the young collections' copying), and the memory each idle entity keeps
/// (GC.GetTotalMemory(true) before and after, divided by N) — each against the same N plain
/// top-level actors created and told one message directly, so the baseline shows what sharding
/// adds to the core's cost per actor. Then one more message to every (now active) entity:
/// region → shard → entity against telling the entities directly.
/// </summary>
/// <remarks>
/// Entity ids and envelopes are allocated before the "before" measurement and kept alive: they
/// are the caller's data. The entity's own state is one 8-byte field; everything else counted is
/// runtime. Idle passivation is off so that a slow run cannot passivate entities mid-measurement.
/// </remarks>
public sealed class EntityActivationBenchmark : IRuntimeBenchmark
{
    private static readonly ShardingSettings Settings = new() { ShardCount = 100, PassivationIdleTimeout = TimeSpan.Zero };

    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var count = context.Size(100_000, 1_000_000);
        var ids = Enumerable.Range(0, count).Select(i => "#" + i).ToArray();
        var envelopes = ids.Select(id => new ShardingEnvelope(id, Touch.Instance)).ToArray();

        // Warm-up: long enough (a few hundred ms) for tiered compilation to finish optimizing both paths.
        for (var round = 0; round < 3; round++)
        {
            await RunAsync(new PlainActors(ids[..30_000]), measureMemory: false);
            await RunAsync(new ShardedEntities(envelopes[..30_000]), measureMemory: false);
            await Task.Delay(100);
        }

        var plain = await RunAsync(new PlainActors(ids), measureMemory: true);
        var sharded = await RunAsync(new ShardedEntities(envelopes), measureMemory: true);

        context.Report($"entity activation ({count:N0} entities)", sharded.ActivationsPerSecond, "activations/s", plain.ActivationsPerSecond);
        context.Report("entity activation cpu time", sharded.CpuNanosPerActivation, "ns/activation", plain.CpuNanosPerActivation);
        context.Report("entity activation gc pause", sharded.GcPauseMilliseconds, "ms", plain.GcPauseMilliseconds);
        context.Report("entity activation gen-2 collections", sharded.Gen2Collections, "collections", plain.Gen2Collections);
        context.Report("memory per idle entity", sharded.BytesPerEntity, "bytes", plain.BytesPerEntity);
        context.Report("message to an active entity via region", sharded.MessagesPerSecond, "msg/s", plain.MessagesPerSecond);
        GC.KeepAlive(ids);
        GC.KeepAlive(envelopes);
    }

    private static async Task<Figures> RunAsync(Population population, bool measureMemory)
    {
        await using var system = ActorSystem.Create("bench-activation");
        var countdown = new Countdown(population.Count);
        population.Prepare(system, Props.Create(() => new IdleEntity(countdown)));

        var before = measureMemory ? await SettledMemoryAsync() : 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var gcBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        population.Activate();
        await countdown.Task;
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var gcPause = GC.GetTotalPauseDuration() - gcBefore;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        var after = measureMemory ? await SettledMemoryAsync() : 0;

        var round = countdown.Restart();
        clock.Restart();
        population.SendOneMore();
        await round;
        var resend = clock.Elapsed;

        return new Figures(
            population.Count / elapsed.TotalSeconds,
            cpu.TotalNanoseconds / population.Count,
            gcPause.TotalMilliseconds,
            gen2,
            (after - before - population.OwnBytes) / (double)population.Count,
            population.Count / resend.TotalSeconds);
    }

    /// <summary>
    /// GC.GetTotalMemory(true) once it has stopped falling. A system that was just disposed is
    /// still reachable for a moment from the thread finishing its shutdown, so one forced collection
    /// right after the previous run would count that run's actors as well.
    /// </summary>
    private static async Task<long> SettledMemoryAsync()
    {
        var previous = GC.GetTotalMemory(forceFullCollection: true);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await Task.Delay(50);
            var current = GC.GetTotalMemory(forceFullCollection: true);
            if (previous - current < 256 * 1024) return current;
            previous = current;
        }
        return previous;
    }

    private sealed record Figures(double ActivationsPerSecond, double CpuNanosPerActivation, double GcPauseMilliseconds, int Gen2Collections, double BytesPerEntity, double MessagesPerSecond);

    /// <summary>A set of actors to activate with one message each, then to send one more.</summary>
    private abstract class Population
    {
        public abstract int Count { get; }

        /// <summary>Memory the benchmark itself keeps per run (not the actors' cost), subtracted from the figure.</summary>
        public virtual long OwnBytes => 0;

        public abstract void Prepare(ActorSystem system, Props props);

        public abstract void Activate();

        public abstract void SendOneMore();
    }

    /// <summary>Baseline: plain top-level actors named by id, created and told directly.</summary>
    private sealed class PlainActors(string[] ids) : Population
    {
        private readonly IActorRef[] _actors = new IActorRef[ids.Length];
        private ActorSystem? _system;
        private Props? _props;

        public override int Count => ids.Length;

        public override long OwnBytes => (long)ids.Length * IntPtr.Size; // the refs array, filled during the run

        public override void Prepare(ActorSystem system, Props props) => (_system, _props) = (system, props);

        public override void Activate()
        {
            for (var i = 0; i < ids.Length; i++)
            {
                _actors[i] = _system!.ActorOf(_props!, ids[i]);
                _actors[i].Tell(Touch.Instance);
            }
        }

        public override void SendOneMore()
        {
            foreach (var actor in _actors) actor.Tell(Touch.Instance);
        }
    }

    /// <summary>Entities of one region, created by their shards on their first envelope.</summary>
    private sealed class ShardedEntities(ShardingEnvelope[] envelopes) : Population
    {
        private IActorRef? _region;

        public override int Count => envelopes.Length;

        public override void Prepare(ActorSystem system, Props props) =>
            _region = ClusterSharding.Get(system).Start("entities", _ => props, new ShardingEnvelopeExtractor(Settings.ShardCount), Settings);

        public override void Activate()
        {
            foreach (var envelope in envelopes) _region!.Tell(envelope);
        }

        public override void SendOneMore() => Activate();
    }

    /// <summary>The only message: one shared instance, so the measurement sees only the runtime's allocations.</summary>
    private sealed record Touch
    {
        public static readonly Touch Instance = new();
    }

    /// <summary>Completes a task when it has been signalled a given number of times.</summary>
    private sealed class Countdown(int count)
    {
        private readonly int _count = count;
        private int _remaining = count;
        private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => _done.Task;

        public void Signal()
        {
            if (Interlocked.Decrement(ref _remaining) == 0) _done.TrySetResult();
        }

        /// <summary>Starts a new round of the same count; call only once the previous round completed.</summary>
        public Task Restart()
        {
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _remaining, _count);
            return _done.Task;
        }
    }

    /// <summary>An entity whose only state is its countdown (one 8-byte field): it counts the messages it gets.</summary>
    private sealed class IdleEntity : Actor
    {
        private readonly Countdown _countdown;

        public IdleEntity(Countdown countdown)
        {
            _countdown = countdown;
            Receive<Touch>(_ => _countdown.Signal());
        }
    }
}
