using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Actors;

public sealed class ActorReceiveTests : ActorTestKit
{
    private sealed record Ping(int N);

    private sealed record Pong(int N);

    private sealed record Text(string Value);

    private sealed class Echo : Actor
    {
        public Echo() => Receive<Ping>(p => Sender.Tell(new Pong(p.N), Self));
    }

    /// <summary>Reports which handler took each message.</summary>
    private sealed class Classifier : Actor
    {
        public Classifier()
        {
            Receive<Ping>(p => p.N < 0, p => Sender.Tell("negative", Self));
            Receive<Ping>(p => Sender.Tell("ping", Self));
            Receive<Text>(t => Sender.Tell("text:" + t.Value, Self));
            ReceiveAny(m => Sender.Tell("any:" + m.GetType().Name, Self));
        }
    }

    private sealed class OnlyPings : Actor
    {
        public OnlyPings() => Receive<Ping>(p => Sender.Tell(new Pong(p.N), Self));
    }

    private sealed class Forwarder : Actor
    {
        public Forwarder(IActorRef target) => ReceiveAny(m => target.Forward(m, Context));
    }

    /// <summary>One handler over its own state: instances share the message type's handler, never their state.</summary>
    private sealed class Named : Actor
    {
        private readonly string _name;

        public Named(string name)
        {
            _name = name;
            Receive<Ping>(_ => Sender.Tell(_name, Self));
        }
    }

    private sealed class LateRegistration : Actor
    {
        public LateRegistration() => Receive<Ping>(_ =>
        {
            try
            {
                Receive<Text>(_ => { });
            }
            catch (InvalidOperationException ex)
            {
                Sender.Tell(ex.Message, Self);
            }
        });
    }

    [Fact]
    public async Task Actor_must_reply_to_the_sender_with_itself_as_sender()
    {
        var echo = ActorOf(Props.Create(() => new Echo()), "echo");
        echo.Tell(new Ping(1), TestActor.Ref);

        await ExpectMsgAsync(new Pong(1));
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task Actor_must_offer_a_message_to_handlers_in_registration_order_with_guards()
    {
        var classifier = ActorOf(Props.Create(() => new Classifier()));
        classifier.Tell(new Ping(-1), TestActor.Ref);
        classifier.Tell(new Ping(1), TestActor.Ref);
        classifier.Tell(new Text("hi"), TestActor.Ref);
        classifier.Tell(42, TestActor.Ref);

        await ExpectMsgAsync("negative");
        await ExpectMsgAsync("ping");
        await ExpectMsgAsync("text:hi");
        await ExpectMsgAsync("any:Int32");
    }

    [Fact]
    public async Task Actors_of_one_type_must_each_run_their_own_handler()
    {
        var first = ActorOf(Props.Create(() => new Named("first")));
        var second = ActorOf(Props.Create(() => new Named("second")));
        second.Tell(new Ping(0), TestActor.Ref);
        await ExpectMsgAsync("second");
        first.Tell(new Ping(0), TestActor.Ref);
        await ExpectMsgAsync("first");
    }

    [Fact]
    public async Task Actor_must_process_messages_from_one_sender_in_the_order_they_were_sent()
    {
        var echo = ActorOf(Props.Create(() => new Echo()));
        for (var i = 0; i < 1000; i++) echo.Tell(new Ping(i), TestActor.Ref);

        for (var i = 0; i < 1000; i++) await ExpectMsgAsync(new Pong(i));
    }

    [Fact]
    public async Task Unhandled_message_must_become_a_dead_letter_with_reason_unhandled()
    {
        var actor = ActorOf(Props.Create(() => new OnlyPings()));
        actor.Tell(new Text("nobody wants me"), TestActor.Ref);

        var letter = await ExpectDeadLetterAsync<Text>();
        Assert.Equal(DeadLetterReason.Unhandled, letter.Reason);
        Assert.Equal(actor, letter.Recipient);
        Assert.Equal(TestActor.Ref, letter.Sender);
    }

    [Fact]
    public async Task Forward_must_keep_the_original_sender()
    {
        var echo = ActorOf(Props.Create(() => new Echo()));
        var forwarder = ActorOf(Props.Create(() => new Forwarder(echo)));
        forwarder.Tell(new Ping(7), TestActor.Ref);

        await ExpectMsgAsync(new Pong(7));
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task Reply_to_a_message_without_sender_must_go_to_the_dead_letter_office()
    {
        var echo = ActorOf(Props.Create(() => new Echo()));
        echo.Tell(new Ping(3));

        var letter = await ExpectDeadLetterAsync<Pong>();
        Assert.Equal(DeadLetterReason.NoRecipient, letter.Reason);
        Assert.Equal(Sys.DeadLetters.Ref, letter.Recipient);
    }

    [Fact]
    public async Task Registering_a_handler_outside_the_constructor_or_Become_must_be_refused()
    {
        var actor = ActorOf(Props.Create(() => new LateRegistration()));
        actor.Tell(new Ping(1), TestActor.Ref);

        var error = await ExpectMsgAsync<string>();
        Assert.Contains("constructor or inside Become", error);
    }

    [Fact]
    public void Creating_an_actor_with_new_outside_the_system_must_fail()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Echo());
        Assert.Contains("Props", error.Message);
    }

    [Fact]
    public void Tell_must_refuse_a_null_message()
    {
        var echo = ActorOf(Props.Create(() => new Echo()));
        Assert.Throws<ArgumentNullException>(() => echo.Tell(null!));
    }
}
