using System.Runtime.CompilerServices;
using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Cell;

public sealed class MailboxSchedulingTests : ActorTestKit
{
    private sealed record Numbered(int Sender, int Sequence);

    private sealed record Report;

    private sealed record Block(ManualResetEventSlim Release, IActorRef Log);

    private sealed record Busy(int N);

    /// <summary>Checks per-sender order and counts everything it receives.</summary>
    private sealed class OrderChecker : Actor
    {
        private readonly Dictionary<int, int> _next = [];
        private int _received;
        private int _outOfOrder;

        public OrderChecker()
        {
            Receive<Numbered>(n =>
            {
                _received++;
                _next.TryGetValue(n.Sender, out var expected);
                if (n.Sequence != expected) _outOfOrder++;
                _next[n.Sender] = n.Sequence + 1;
            });
            Receive<Report>(_ => Sender.Tell((_received, _outOfOrder, _next.Values.Sum()), Self));
        }
    }

    /// <summary>Blocks its thread inside a handler until released, then logs every message.</summary>
    private sealed class Blocker : Actor
    {
        public Blocker(IActorRef log)
        {
            Receive<Block>(b =>
            {
                b.Log.Tell("blocked");
                b.Release.Wait(TimeSpan.FromSeconds(30));
            });
            ReceiveAny(m => log.Tell(m));
        }
    }

    /// <summary>Spins a little per message, counting them.</summary>
    private sealed class Flooded : Actor
    {
        public Flooded(StrongBox<int> processed) => Receive<Busy>(_ =>
        {
            Thread.SpinWait(1000);
            Interlocked.Increment(ref processed.Value);
        });
    }

    /// <summary>Answers how many flood messages were processed when it got to run.</summary>
    private sealed class Responder : Actor
    {
        public Responder(StrongBox<int> processed) => ReceiveAny(_ => Sender.Tell(Volatile.Read(ref processed.Value), Self));
    }

    [Fact]
    public async Task Mailbox_must_keep_per_sender_order_and_lose_or_duplicate_nothing_with_many_concurrent_senders()
    {
        var checker = ActorOf(Props.Create(() => new OrderChecker()));
        const int senders = 8;
        const int perSender = 20_000;

        await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perSender; i++) checker.Tell(new Numbered(s, i));
        })));

        checker.Tell(new Report(), TestActor.Ref);
        var (received, outOfOrder, sumOfNext) = await ExpectMsgAsync<(int, int, int)>();
        Assert.Equal(senders * perSender, received);
        Assert.Equal(0, outOfOrder);
        Assert.Equal(senders * perSender, sumOfNext);
    }

    [Fact]
    public async Task Many_actors_sending_to_each_other_must_deliver_every_message_in_per_sender_order()
    {
        var checkers = Enumerable.Range(0, 16).Select(_ => ActorOf(Props.Create(() => new OrderChecker()))).ToList();
        const int perPair = 2_000;

        await Task.WhenAll(Enumerable.Range(0, 16).Select(s => Task.Run(() =>
        {
            for (var i = 0; i < perPair; i++)
            {
                foreach (var checker in checkers) checker.Tell(new Numbered(s, i));
            }
        })));

        foreach (var checker in checkers)
        {
            checker.Tell(new Report(), TestActor.Ref);
            var (received, outOfOrder, _) = await ExpectMsgAsync<(int, int, int)>();
            Assert.Equal(16 * perPair, received);
            Assert.Equal(0, outOfOrder);
        }
    }

    [Fact]
    public async Task Mailbox_must_process_system_messages_before_queued_user_messages()
    {
        var log = CreateTestProbe();
        var blocker = ActorOf(Props.Create(() => new Blocker(log.Ref)));
        using var release = new ManualResetEventSlim();
        blocker.Tell(new Block(release, log.Ref));
        await log.ExpectMsgAsync("blocked");

        blocker.Tell("queued before the stop");
        Sys.Stop(blocker);
        Watch(blocker);
        release.Set();

        await ExpectTerminatedAsync(blocker);
        await log.ExpectNoMsgAsync();
        var letter = await ExpectDeadLetterAsync<string>(s => s == "queued before the stop");
        Assert.Equal(DeadLetterReason.RecipientStopped, letter.Reason);
    }

    [Fact]
    public async Task Throughput_limit_must_let_other_actors_run_while_one_actor_has_a_flood_of_mail()
    {
        // The flood takes well over 100 ms of work; the responder is queued behind at most one
        // five-message turn, so it answers long before the flood is done.
        var processed = new StrongBox<int>();
        const int flood = 20_000;
        var flooded = ActorOf(Props.Create(() => new Flooded(processed)).WithThroughput(5));
        var responder = ActorOf(Props.Create(() => new Responder(processed)));
        for (var i = 0; i < flood; i++) flooded.Tell(new Busy(i));

        responder.Tell("how far?", TestActor.Ref);

        var processedWhenAnswered = await ExpectMsgAsync<int>();
        Assert.True(processedWhenAnswered < flood, $"the responder waited for the whole flood ({processedWhenAnswered})");
        await AwaitConditionAsync(() => Volatile.Read(ref processed.Value) == flood);
    }
}
