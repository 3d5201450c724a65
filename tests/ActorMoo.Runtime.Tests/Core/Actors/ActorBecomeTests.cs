using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Actors;

public sealed class ActorBecomeTests : ActorTestKit
{
    private sealed record Open;

    private sealed record Close;

    private sealed record Knock;

    private sealed record Peek;

    /// <summary>A door: closed answers "closed", open answers "come in"; Peek is stacked on top.</summary>
    private sealed class Door : Actor
    {
        public Door()
        {
            Closed();
        }

        private void Closed()
        {
            Receive<Knock>(_ => Sender.Tell("closed", Self));
            Receive<Open>(_ => Become(Opened));
            Receive<Peek>(_ => BecomeStacked(Peeking));
        }

        private void Opened()
        {
            Receive<Knock>(_ => Sender.Tell("come in", Self));
            Receive<Close>(_ => Become(Closed));
        }

        private void Peeking()
        {
            Receive<Knock>(_ => Sender.Tell("peeking", Self));
            Receive<Close>(_ => Unbecome());
        }
    }

    /// <summary>Registers a handler in its constructor and then calls Become there.</summary>
    private sealed class StartsOpen : Actor
    {
        public StartsOpen()
        {
            Receive<Knock>(_ => Sender.Tell("constructor behavior", Self));
            Become(() => Receive<Knock>(_ => Sender.Tell("become behavior", Self)));
        }
    }

    [Fact]
    public async Task Become_in_the_constructor_must_win_over_the_constructor_registrations()
    {
        var actor = ActorOf(Props.Create(() => new StartsOpen()));
        actor.Tell(new Knock(), TestActor.Ref);

        await ExpectMsgAsync("become behavior");
    }

    [Fact]
    public async Task Become_must_switch_the_handlers_from_the_next_message()
    {
        var door = ActorOf(Props.Create(() => new Door()));
        door.Tell(new Knock(), TestActor.Ref);
        door.Tell(new Open());
        door.Tell(new Knock(), TestActor.Ref);
        door.Tell(new Close());
        door.Tell(new Knock(), TestActor.Ref);

        await ExpectMsgAsync("closed");
        await ExpectMsgAsync("come in");
        await ExpectMsgAsync("closed");
    }

    [Fact]
    public async Task Unbecome_must_return_to_the_behavior_saved_by_BecomeStacked()
    {
        var door = ActorOf(Props.Create(() => new Door()));
        door.Tell(new Peek());
        door.Tell(new Knock(), TestActor.Ref);
        door.Tell(new Close());
        door.Tell(new Knock(), TestActor.Ref);

        await ExpectMsgAsync("peeking");
        await ExpectMsgAsync("closed");
    }

    [Fact]
    public async Task Messages_the_new_behavior_does_not_handle_must_be_unhandled()
    {
        var door = ActorOf(Props.Create(() => new Door()));
        door.Tell(new Open());
        door.Tell(new Open());

        var letter = await ExpectDeadLetterAsync<Open>();
        Assert.Equal(DeadLetterReason.Unhandled, letter.Reason);
    }
}
