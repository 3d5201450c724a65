using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Stash;

public sealed class StashTests : ActorTestKit
{
    private sealed record Open;

    private sealed record Item(int N);

    private sealed record Crash;

    private sealed record StashTwice;

    /// <summary>Stashes items until opened, then passes them (and later ones) to the log.</summary>
    private sealed class Gate : Actor
    {
        private readonly IActorRef _log;

        public Gate(IActorRef log)
        {
            _log = log;
            Closed();
        }

        private void Closed()
        {
            Receive<Open>(_ =>
            {
                Stash.UnstashAll();
                Become(Opened);
            });
            Receive<Item>(_ => Stash.Stash());
            Receive<Crash>(_ => throw new InvalidOperationException("crash while closed"));
            Receive<string>(s => Sender.Tell(s, Self));
            Receive<StashTwice>(_ =>
            {
                Stash.Stash();
                Stash.Stash();
            });
        }

        private void Opened() => Receive<Item>(i => _log.Tell(i.N, Sender));
    }

    [Fact]
    public async Task UnstashAll_must_deliver_stashed_messages_in_order_before_new_mail()
    {
        var gate = ActorOf(Props.Create(() => new Gate(TestActor.Ref)));
        for (var i = 0; i < 5; i++) gate.Tell(new Item(i));
        gate.Tell(new Open());
        for (var i = 5; i < 10; i++) gate.Tell(new Item(i));

        var received = await ReceiveNAsync(10);
        Assert.Equal(Enumerable.Range(0, 10).Cast<object>(), received);
    }

    [Fact]
    public async Task Stash_must_keep_the_original_sender()
    {
        var gate = ActorOf(Props.Create(() => new Gate(TestActor.Ref)));
        var sender = CreateTestProbe("original");
        gate.Tell(new Item(1), sender.Ref);
        gate.Tell(new Open());

        await ExpectMsgAsync(1);
        Assert.Equal(sender.Ref, LastSender);
    }

    [Fact]
    public async Task Stashing_beyond_the_capacity_must_fail_the_actor()
    {
        var gate = ActorOf(Props.Create(() => new Gate(TestActor.Ref)).WithStashCapacity(3));
        for (var i = 0; i < 4; i++) gate.Tell(new Item(i));

        await ExpectErrorLoggedAsync<StashOverflowException>();
    }

    [Fact]
    public async Task Stashed_messages_must_survive_a_restart()
    {
        var gate = ActorOf(Props.Create(() => new Gate(TestActor.Ref)));
        gate.Tell(new Item(1));
        gate.Tell(new Item(2));
        gate.Tell(new Crash());
        gate.Tell(new Open());

        // The new instance is closed again and re-stashes what was unstashed for it, until Open.
        await ExpectMsgAsync(1);
        await ExpectMsgAsync(2);
    }

    [Fact]
    public async Task Stashed_messages_must_become_dead_letters_when_the_actor_stops()
    {
        var gate = ActorOf(Props.Create(() => new Gate(TestActor.Ref)));
        gate.Tell(new Item(1));
        gate.Tell(new Item(2));

        gate.Tell("both are stashed now", TestActor.Ref);
        await ExpectMsgAsync("both are stashed now");
        await Sys.StopAsync(gate);

        var first = await ExpectDeadLetterAsync<Item>(i => i.N == 1);
        await ExpectDeadLetterAsync<Item>(i => i.N == 2);
        Assert.Equal(DeadLetterReason.RecipientStopped, first.Reason);
    }

    [Fact]
    public async Task Stashing_the_same_message_twice_must_fail()
    {
        var gate = ActorOf(Props.Create(() => new Gate(TestActor.Ref)));
        gate.Tell(new StashTwice());

        await ExpectErrorLoggedAsync<InvalidOperationException>(e => e.Message.Contains("already stashed", StringComparison.Ordinal));
    }
}
