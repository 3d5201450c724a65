using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Supervision;

public sealed class SupervisionTests : ActorTestKit
{
    private sealed record Increment;

    private sealed record GetCount;

    private sealed record Crash(Exception Error);

    private sealed record CreateChild(Props Props, string Name);

    /// <summary>Counts increments; crashes on demand; tells the log when it (re)starts.</summary>
    private sealed class Counter : Actor
    {
        private int _count;

        public Counter(IActorRef log)
        {
            Receive<Increment>(_ => _count++);
            Receive<GetCount>(_ => Sender.Tell(_count, Self));
            Receive<Crash>(c => throw c.Error);
            log.Tell("started");
        }
    }

    /// <summary>Supervises children created on request with the given strategy.</summary>
    private sealed class Supervisor : Actor
    {
        private readonly SupervisorStrategy _strategy;

        public Supervisor(SupervisorStrategy strategy)
        {
            _strategy = strategy;
            Receive<CreateChild>(c => Sender.Tell(Context.ActorOf(c.Props, c.Name), Self));
        }

        protected override SupervisorStrategy SupervisorStrategy => _strategy;
    }

    private sealed class FailsToStart : Actor
    {
        public FailsToStart(IActorRef log)
        {
            log.Tell("constructing");
            throw new InvalidOperationException("cannot start");
        }
    }

    private async Task<(IActorRef Supervisor, IActorRef Child)> SuperviseAsync(SupervisorStrategy strategy, Props child)
    {
        var supervisor = ActorOf(Props.Create(() => new Supervisor(strategy)));
        supervisor.Tell(new CreateChild(child, "child"), TestActor.Ref);
        var childRef = await ExpectMsgAsync<IActorRef>();
        return (supervisor, childRef);
    }

    private Props CounterProps(IActorRef log) => Props.Create(() => new Counter(log));

    private async Task<int> CountOf(IActorRef counter)
    {
        var probe = CreateTestProbe();
        counter.Tell(new GetCount(), probe.Ref);
        return await probe.ExpectMsgAsync<int>();
    }

    [Fact]
    public async Task Restart_must_replace_the_instance_and_lose_its_state_but_keep_the_mailbox()
    {
        var log = CreateTestProbe();
        var (_, child) = await SuperviseAsync(new SupervisorStrategy(_ => Directive.Restart), CounterProps(log.Ref));
        await log.ExpectMsgAsync("started");

        child.Tell(new Increment());
        child.Tell(new Crash(new InvalidOperationException("boom")));
        child.Tell(new Increment());

        await log.ExpectMsgAsync("started");
        Assert.Equal(1, await CountOf(child));
    }

    [Fact]
    public async Task Resume_must_keep_the_instance_and_its_state_and_drop_the_failed_message()
    {
        var log = CreateTestProbe();
        var (_, child) = await SuperviseAsync(new SupervisorStrategy(_ => Directive.Resume), CounterProps(log.Ref));
        await log.ExpectMsgAsync("started");

        child.Tell(new Increment());
        child.Tell(new Crash(new InvalidOperationException("boom")));
        child.Tell(new Increment());

        Assert.Equal(2, await CountOf(child));
        await log.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Stop_must_stop_the_failing_child()
    {
        var (_, child) = await SuperviseAsync(SupervisorStrategy.Stopping, CounterProps(CreateTestProbe().Ref));
        Watch(child);

        child.Tell(new Crash(new InvalidOperationException("boom")));

        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task Escalate_must_fail_the_supervisor_which_its_own_supervisor_restarts()
    {
        var log = CreateTestProbe();
        var (supervisor, child) = await SuperviseAsync(new SupervisorStrategy(_ => Directive.Escalate), CounterProps(log.Ref));
        await log.ExpectMsgAsync("started");
        Watch(child);

        child.Tell(new Crash(new InvalidOperationException("escalated")));

        // The supervisor restarts (default strategy of /user), and its default PreRestart stops its children.
        await ExpectTerminatedAsync(child);
        await ExpectErrorLoggedAsync<InvalidOperationException>(e => e.Message == "escalated");
        supervisor.Tell(new CreateChild(CounterProps(log.Ref), "child"), TestActor.Ref);
        await ExpectMsgAsync<IActorRef>();
    }

    [Fact]
    public async Task Failure_to_initialize_must_stop_the_actor_under_the_default_strategy()
    {
        var log = CreateTestProbe();
        var actor = ActorOf(Props.Create(() => new FailsToStart(log.Ref)));
        Watch(actor);

        await ExpectTerminatedAsync(actor);
        await log.ExpectMsgAsync("constructing");
        await log.ExpectNoMsgAsync();
        await ExpectErrorLoggedAsync<ActorInitializationException>();
    }

    [Fact]
    public async Task Child_must_be_stopped_when_it_fails_more_often_than_the_retry_limit_within_the_window()
    {
        var log = CreateTestProbe();
        var strategy = new SupervisorStrategy(_ => Directive.Restart, maxRetries: 2, within: TimeSpan.FromMinutes(1));
        var (_, child) = await SuperviseAsync(strategy, CounterProps(log.Ref));
        await log.ExpectMsgAsync("started");
        Watch(child);

        for (var i = 0; i < 2; i++)
        {
            child.Tell(new Crash(new InvalidOperationException($"failure {i}")));
            await log.ExpectMsgAsync("started");
        }
        child.Tell(new Crash(new InvalidOperationException("one too many")));

        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task Retry_window_must_reset_once_it_has_passed_on_the_clock()
    {
        var log = CreateTestProbe();
        var strategy = new SupervisorStrategy(_ => Directive.Restart, maxRetries: 1, within: TimeSpan.FromSeconds(10));
        var (_, child) = await SuperviseAsync(strategy, CounterProps(log.Ref));
        await log.ExpectMsgAsync("started");
        Watch(child);

        for (var i = 0; i < 3; i++)
        {
            child.Tell(new Crash(new InvalidOperationException($"failure {i}")));
            await log.ExpectMsgAsync("started");
            Advance(TimeSpan.FromSeconds(11));
        }

        await ExpectNoMsgAsync();
        Assert.Equal(0, await CountOf(child));
    }

    [Fact]
    public async Task Backoff_must_delay_each_restart_exponentially_on_the_clock()
    {
        var log = CreateTestProbe();
        var backoff = new RestartBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));
        var strategy = new SupervisorStrategy(_ => Directive.Restart, backoff: backoff);
        var (_, child) = await SuperviseAsync(strategy, CounterProps(log.Ref));
        await log.ExpectMsgAsync("started");

        foreach (var expectedDelay in new[] { 1, 2, 4, 4 })
        {
            child.Tell(new Crash(new InvalidOperationException("again")));
            await AwaitConditionAsync(() => Clock.ActiveTimerCount == 1, message: "the delayed restart is scheduled");

            Advance(TimeSpan.FromSeconds(expectedDelay) - TimeSpan.FromMilliseconds(1));
            await log.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
            Advance(TimeSpan.FromMilliseconds(1));
            await log.ExpectMsgAsync("started");
        }
    }

    [Fact]
    public async Task Messages_sent_during_a_backoff_must_be_processed_by_the_new_instance()
    {
        var log = CreateTestProbe();
        var strategy = new SupervisorStrategy(_ => Directive.Restart, backoff: new RestartBackoff(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)));
        var (_, child) = await SuperviseAsync(strategy, CounterProps(log.Ref));
        await log.ExpectMsgAsync("started");

        child.Tell(new Crash(new InvalidOperationException("boom")));
        await AwaitConditionAsync(() => Clock.ActiveTimerCount == 1);
        child.Tell(new Increment());
        child.Tell(new Increment());
        Advance(TimeSpan.FromSeconds(5));

        await log.ExpectMsgAsync("started");
        Assert.Equal(2, await CountOf(child));
    }

    [Fact]
    public async Task Repeated_failures_from_many_children_must_all_be_restarted_and_keep_their_mail()
    {
        var supervisor = ActorOf(Props.Create(() => new Supervisor(new SupervisorStrategy(_ => Directive.Restart))));
        var log = CreateTestProbe();
        var children = new List<IActorRef>();
        for (var i = 0; i < 20; i++)
        {
            supervisor.Tell(new CreateChild(CounterProps(log.Ref), $"c{i}"), TestActor.Ref);
            children.Add(await ExpectMsgAsync<IActorRef>());
        }

        foreach (var child in children)
        {
            for (var round = 0; round < 10; round++)
            {
                child.Tell(new Increment());
                child.Tell(new Crash(new InvalidOperationException("flaky")));
            }
            child.Tell(new Increment());
        }

        foreach (var child in children) Assert.Equal(1, await CountOf(child));
    }
}
