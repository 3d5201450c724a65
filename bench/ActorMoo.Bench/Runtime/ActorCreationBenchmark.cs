using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Bench.Runtime;

/// <summary>
/// Plain actor creation, the floor under sharded entity activation: one parent creates many
/// children, each handles one message and then stays idle. Reports creations per second
/// (created and first message processed) and the managed memory each idle actor keeps
/// (cell, path, mailbox ring, actor object with one handler; the child's name string excluded
/// as it belongs to the user).
/// </summary>
public sealed class ActorCreationBenchmark : IRuntimeBenchmark
{
    /// <inheritdoc />
    public int Order => 40;

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var count = context.Size(100_000, 1_000_000);
        var names = Enumerable.Range(0, count).Select(i => "e" + i).ToArray();
        await using var system = ActorSystem.Create("bench");

        await CreateAllAsync(system, names.Take(count / 10).ToArray()); // warm-up
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var rate = await Measure.RatePerSecondAsync(count, async () => await CreateAllAsync(system, names));

        var after = GC.GetTotalMemory(forceFullCollection: true);
        context.Report("actor creation", rate, "actors/s");
        context.Report("memory per idle actor", (after - before) / (double)count, "bytes");
    }

    /// <summary>Creates one parent with a child per name; completes when every child handled its first message.</summary>
    private static async Task<IActorRef> CreateAllAsync(ActorSystem system, string[] names)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var parent = system.ActorOf(Props.Create(() => new Parent(names, done)));
        await done.Task;
        return parent;
    }

    private sealed record Hello;

    private sealed record Ready;

    private sealed class Parent : Actor
    {
        private int _ready;

        public Parent(string[] names, TaskCompletionSource done)
        {
            var childProps = Props.Create(() => new Child());
            var hello = new Hello();
            foreach (var name in names) Context.ActorOf(childProps, name).Tell(hello, Self);
            Receive<Ready>(_ =>
            {
                if (++_ready == names.Length) done.TrySetResult();
            });
        }
    }

    private sealed class Child : Actor
    {
        private static readonly Ready ReadyMessage = new();

        public Child() => Receive<Hello>(_ => Sender.Tell(ReadyMessage, Self));
    }
}
