using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Actors;

public sealed class ActorLifecycleTests : ActorTestKit
{
    private sealed record Crash(string Reason);

    private sealed record Hello;

    /// <summary>Reports every lifecycle hook.</summary>
    private sealed class Recorder : Actor
    {
        private readonly IActorRef _log;

        public Recorder(IActorRef log)
        {
            _log = log;
            Receive<Hello>(_ => _log.Tell("hello"));
            Receive<Crash>(c => throw new InvalidOperationException(c.Reason));
        }

        protected override void PreStart() => _log.Tell("PreStart");

        protected override void PostStop() => _log.Tell("PostStop");

        protected override void PreRestart(Exception reason, object? message)
        {
            _log.Tell($"PreRestart {reason.Message} {message}");
            base.PreRestart(reason, message);
        }

        protected override void PostRestart(Exception reason)
        {
            _log.Tell($"PostRestart {reason.Message}");
            base.PostRestart(reason);
        }
    }

    /// <summary>Creates one child and reports the parent's PostStop.</summary>
    private sealed class Parent : Actor
    {
        private readonly IActorRef _log;

        public Parent(IActorRef log)
        {
            _log = log;
            Receive<Hello>(_ => Sender.Tell(Context.Child("child")!, Self));
        }

        protected override void PreStart() => Context.ActorOf(Props.Create(() => new Recorder(_log)), "child");

        protected override void PostStop() => _log.Tell("parent PostStop");
    }

    [Fact]
    public async Task PreStart_must_run_before_the_first_message_and_PostStop_after_stop()
    {
        var actor = ActorOf(Props.Create(() => new Recorder(TestActor.Ref)));
        actor.Tell(new Hello());
        await ExpectMsgAsync("PreStart");
        await ExpectMsgAsync("hello");

        await Sys.StopAsync(actor);
        await ExpectMsgAsync("PostStop");
    }

    [Fact]
    public async Task Restart_must_call_PreRestart_with_the_failed_message_then_PostRestart_and_PreStart()
    {
        var actor = ActorOf(Props.Create(() => new Recorder(TestActor.Ref)));
        var crash = new Crash("boom");
        actor.Tell(crash);

        await ExpectMsgAsync("PreStart");
        await ExpectMsgAsync($"PreRestart boom {crash}");
        await ExpectMsgAsync("PostStop");
        await ExpectMsgAsync("PostRestart boom");
        await ExpectMsgAsync("PreStart");
    }

    [Fact]
    public async Task Stopping_a_parent_must_stop_its_children_before_the_parent_PostStop()
    {
        var parent = ActorOf(Props.Create(() => new Parent(TestActor.Ref)));
        await ExpectMsgAsync("PreStart");

        await Sys.StopAsync(parent);
        await ExpectMsgAsync("PostStop");
        await ExpectMsgAsync("parent PostStop");
    }

    [Fact]
    public async Task A_stop_sent_right_after_creation_must_still_see_PreStart_before_PostStop()
    {
        var actor = ActorOf(Props.Create(() => new Recorder(TestActor.Ref)));
        Sys.Stop(actor);

        await ExpectMsgAsync("PreStart");
        await ExpectMsgAsync("PostStop");
    }

    [Fact]
    public async Task PoisonPill_must_stop_the_actor_after_the_messages_queued_before_it()
    {
        var actor = ActorOf(Props.Create(() => new Recorder(TestActor.Ref)));
        actor.Tell(new Hello());
        actor.Tell(PoisonPill.Instance);
        actor.Tell(new Hello());

        await ExpectMsgAsync("PreStart");
        await ExpectMsgAsync("hello");
        await ExpectMsgAsync("PostStop");
        var letter = await ExpectDeadLetterAsync<Hello>();
        Assert.Equal(DeadLetterReason.RecipientStopped, letter.Reason);
    }
}
