using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Systems;

public sealed class CoordinatedShutdownTests : ActorTestKit
{
    private sealed record Job(int N);

    private sealed record Hold(TaskCompletionSource Started, Task Release);

    /// <summary>Answers jobs; can be held inside a handler; reports its PostStop and its children's.</summary>
    private sealed class Worker : Actor
    {
        private readonly IActorRef _log;
        private readonly string _name;

        public Worker(IActorRef log, string name, int children)
        {
            _log = log;
            _name = name;
            Receive<Job>(j => Sender.Tell(j.N, Self));
            ReceiveAsync<Hold>(async h =>
            {
                h.Started.SetResult();
                await h.Release;
            });
            for (var i = 0; i < children; i++)
            {
                var childName = $"{name}.{i}";
                Context.ActorOf(Props.Create(() => new Worker(log, childName, 0)), childName);
            }
        }

        protected override void PostStop() => _log.Tell($"stopped {_name}");
    }

    [Fact]
    public async Task Shutdown_must_run_the_phases_in_order_before_stopping_actors()
    {
        var order = new List<string>();
        foreach (var phase in ShutdownPhase.All.Reverse())
        {
            Sys.CoordinatedShutdown.AddTask(phase, "record " + phase, _ =>
            {
                lock (order) order.Add(phase);
                return Task.CompletedTask;
            });
        }

        await Sys.TerminateAsync("test");

        Assert.Equal(ShutdownPhase.All, order);
        Assert.True(Sys.IsTerminated);
        Assert.Equal("test", Sys.CoordinatedShutdown.Reason);
    }

    [Fact]
    public async Task Shutdown_must_stop_actors_top_down_with_children_stopping_before_their_parents()
    {
        ActorOf(Props.Create(() => new Worker(TestActor.Ref, "root", 2)), "root");

        await Sys.TerminateAsync();

        var stops = (await ReceiveNAsync(3)).Cast<string>().ToList();
        Assert.Equal("stopped root", stops[^1]);
        Assert.Contains("stopped root.0", stops);
        Assert.Contains("stopped root.1", stops);
    }

    [Fact]
    public async Task Stopping_an_actor_busy_in_a_handler_must_fail_the_asks_queued_behind_it()
    {
        var (worker, release) = await HeldWorkerAsync();
        var pending = Enumerable.Range(0, 10).Select(i => worker.Ask<int>(new Job(i), TimeSpan.FromHours(1))).ToList();

        Sys.Stop(worker); // queued as a system message: it goes before the jobs once the handler returns
        release.SetResult();

        foreach (var ask in pending) await Assert.ThrowsAsync<ActorTerminatedException>(() => ask);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
    }

    [Fact]
    public async Task Shutdown_must_answer_or_fail_every_pending_ask_and_turn_later_tells_into_dead_letters()
    {
        var (worker, release) = await HeldWorkerAsync();
        var pending = Enumerable.Range(0, 10).Select(i => worker.Ask<int>(new Job(i), TimeSpan.FromHours(1))).ToList();

        var shutdown = Sys.TerminateAsync();
        release.SetResult();
        await shutdown;
        worker.Tell(new Job(99));

        // Whether a job ran before the stop depends on timing; that none is left hanging does not.
        foreach (var (ask, i) in pending.Select((a, i) => (a, i)))
        {
            var outcome = await Record.ExceptionAsync(() => ask.WaitAsync(TestKitDefaults.ExpectTimeout));
            if (outcome is null) Assert.Equal(i, await ask);
            else Assert.IsType<ActorTerminatedException>(outcome);
        }
        await ExpectDeadLetterAsync<Job>(j => j.N == 99);
        await AwaitConditionAsync(() => Clock.ActiveTimerCount == 0, message: "the shutdown leaves no timer behind");
    }

    /// <summary>A worker stuck in an async handler until the returned source is completed.</summary>
    private async Task<(IActorRef Worker, TaskCompletionSource Release)> HeldWorkerAsync()
    {
        var worker = ActorOf(Props.Create(() => new Worker(TestActor.Ref, "w", 0)));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.Tell(new Hold(started, release.Task));
        await started.Task;
        return (worker, release);
    }

    [Fact]
    public async Task Shutdown_must_be_idempotent_and_refuse_new_tasks_and_actors_afterwards()
    {
        var first = Sys.TerminateAsync("first");
        var second = Sys.TerminateAsync("second");
        await first;

        Assert.Same(first, second);
        Assert.Equal("first", Sys.CoordinatedShutdown.Reason);
        Assert.Throws<InvalidOperationException>(() => Sys.CoordinatedShutdown.AddTask(ShutdownPhase.ServiceStop, "late", _ => Task.CompletedTask));
        Assert.Throws<InvalidOperationException>(() => ActorOf(Props.Create(() => new Worker(TestActor.Ref, "late", 0))));
    }

    [Fact]
    public async Task A_phase_that_exceeds_its_timeout_must_be_abandoned_with_a_warning()
    {
        var stuck = new TaskCompletionSource();
        CancellationToken seen = default;
        Sys.CoordinatedShutdown.AddTask(ShutdownPhase.ServiceStop, "stuck", token =>
        {
            seen = token;
            return stuck.Task;
        });

        var shutdown = Sys.TerminateAsync();
        await AwaitConditionAsync(() => Clock.ActiveTimerCount > 0, message: "the phase timeout is scheduled");
        Advance(Sys.Options.ShutdownPhaseTimeout);
        await shutdown;

        Assert.True(seen.IsCancellationRequested);
        await Logs.ExpectAsync(e => e.Message.Contains("service-stop did not finish", StringComparison.Ordinal));
    }

    [Fact]
    public void AddTask_must_refuse_an_unknown_phase()
    {
        Assert.Throws<ArgumentException>(() => Sys.CoordinatedShutdown.AddTask("no-such-phase", "x", _ => Task.CompletedTask));
    }
}
