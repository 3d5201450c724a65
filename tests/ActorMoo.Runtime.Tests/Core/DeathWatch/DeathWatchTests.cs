using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.DeathWatch;

public sealed class DeathWatchTests : ActorTestKit
{
    private sealed record WatchIt(IActorRef Target);

    private sealed record UnwatchIt(IActorRef Target);

    private sealed record Say(string Text, IActorRef To);

    /// <summary>Watches on request and reports every Terminated it receives.</summary>
    private sealed class Watcher : Actor
    {
        public Watcher(IActorRef log)
        {
            Receive<WatchIt>(w =>
            {
                Context.Watch(w.Target);
                Sender.Tell("watching", Self);
            });
            Receive<UnwatchIt>(u =>
            {
                Context.Unwatch(u.Target);
                Sender.Tell("unwatched", Self);
            });
            Receive<Terminated>(t => log.Tell(t));
            Receive<string>(s => log.Tell(s));
        }
    }

    /// <summary>Watches but does not handle Terminated: a death pact.</summary>
    private sealed class Pact : Actor
    {
        public Pact(IActorRef target) => Context.Watch(target);
    }

    /// <summary>Sends a text to someone, then stops itself.</summary>
    private sealed class LastWords : Actor
    {
        public LastWords() => Receive<Say>(s =>
        {
            s.To.Tell(s.Text, Self);
            Context.Stop(Self);
        });
    }

    private sealed class Idle : Actor;

    private async Task<IActorRef> WatcherWatchingAsync(IActorRef target)
    {
        var watcher = ActorOf(Props.Create(() => new Watcher(TestActor.Ref)));
        watcher.Tell(new WatchIt(target), TestActor.Ref);
        await ExpectMsgAsync("watching");
        return watcher;
    }

    [Fact]
    public async Task DeathWatch_must_notify_with_exactly_one_Terminated_message_when_the_actor_stops()
    {
        var target = ActorOf(Props.Create<Idle>());
        var watcher = await WatcherWatchingAsync(target);
        watcher.Tell(new WatchIt(target), TestActor.Ref); // watching twice is still one watch
        await ExpectMsgAsync("watching");

        await Sys.StopAsync(target);

        var terminated = await ExpectMsgAsync<Terminated>();
        Assert.Equal(target, terminated.ActorRef);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Watching_an_actor_that_already_stopped_must_deliver_Terminated_at_once()
    {
        var target = ActorOf(Props.Create<Idle>());
        await Sys.StopAsync(target);

        await WatcherWatchingAsync(target);

        Assert.Equal(target, (await ExpectMsgAsync<Terminated>()).ActorRef);
    }

    [Fact]
    public async Task Unwatch_must_prevent_the_Terminated_message()
    {
        var target = ActorOf(Props.Create<Idle>());
        var watcher = await WatcherWatchingAsync(target);
        watcher.Tell(new UnwatchIt(target), TestActor.Ref);
        await ExpectMsgAsync("unwatched");

        await Sys.StopAsync(target);

        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Terminated_must_arrive_after_the_messages_the_stopped_actor_sent_before_stopping()
    {
        var target = ActorOf(Props.Create<LastWords>());
        var watcher = await WatcherWatchingAsync(target);

        target.Tell(new Say("goodbye", watcher));

        await ExpectMsgAsync("goodbye");
        await ExpectMsgAsync<Terminated>(t => t.ActorRef.Equals(target));
    }

    [Fact]
    public async Task Unhandled_Terminated_must_stop_the_watcher_with_a_death_pact()
    {
        var target = ActorOf(Props.Create<Idle>());
        var pact = ActorOf(Props.Create(() => new Pact(target)));
        Watch(pact);

        Sys.Stop(target);

        await ExpectTerminatedAsync(pact);
        await ExpectErrorLoggedAsync<DeathPactException>(e => e.DeadActor.Equals(target));
    }

    [Fact]
    public async Task Probe_must_receive_Terminated_for_a_watched_actor()
    {
        var target = ActorOf(Props.Create<Idle>());
        var probe = CreateTestProbe();
        probe.Watch(target);

        target.Tell(PoisonPill.Instance);

        await probe.ExpectTerminatedAsync(target);
    }

    [Fact]
    public async Task Many_watchers_must_each_get_one_Terminated()
    {
        var target = ActorOf(Props.Create<Idle>());
        var probes = Enumerable.Range(0, 25).Select(i => CreateTestProbe($"w{i}")).ToList();
        foreach (var probe in probes) probe.Watch(target);

        Sys.Stop(target);

        foreach (var probe in probes)
        {
            await probe.ExpectTerminatedAsync(target);
            await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(20));
        }
    }
}
