using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Tests.Core.Dispatch;

public sealed class MailboxQueueTests
{
    private sealed record Item(int Producer, int Sequence);

    [Fact]
    public void Queue_must_return_messages_in_the_order_they_were_enqueued()
    {
        var queue = new MailboxQueue();
        for (var i = 0; i < 3; i++) queue.Enqueue(new Item(0, i), null);

        var taken = new List<int>();
        while (queue.TryDequeue(out var envelope)) taken.Add(((Item)envelope.Message).Sequence);

        Assert.Equal([0, 1, 2], taken);
    }

    [Fact]
    public void Queue_must_keep_order_while_growing_beyond_its_first_ring()
    {
        var queue = new MailboxQueue();
        const int count = MailboxQueue.InitialCapacity * 300;
        for (var i = 0; i < count; i++) queue.Enqueue(new Item(0, i), null);

        var expected = 0;
        while (queue.TryDequeue(out var envelope)) Assert.Equal(expected++, ((Item)envelope.Message).Sequence);
        Assert.Equal(count, expected);
        Assert.False(queue.HasMessages);
    }

    [Fact]
    public void Queue_must_keep_order_when_it_grows_while_partly_drained()
    {
        // The consumer's position is kept outside the segments: it must carry on mid-ring and start
        // over at every new segment, through several growths, with the rings wrapped around.
        var queue = new MailboxQueue();
        var next = 0;
        var expected = 0;
        for (var round = 0; round < 12; round++)
        {
            var burst = 3 << round;
            for (var i = 0; i < burst; i++) queue.Enqueue(new Item(0, next++), null);
            for (var i = 0; i < burst / 2 + 1 && queue.TryDequeue(out var envelope); i++)
                Assert.Equal(expected++, ((Item)envelope.Message).Sequence);
        }

        while (queue.TryDequeue(out var envelope)) Assert.Equal(expected++, ((Item)envelope.Message).Sequence);
        Assert.Equal(next, expected);
        Assert.False(queue.HasMessages);
    }

    [Fact]
    public void Queue_must_carry_the_sender_with_the_message()
    {
        var queue = new MailboxQueue();
        var sender = new FakeRef();
        queue.Enqueue("hello", sender);

        Assert.True(queue.TryDequeue(out var envelope));
        Assert.Equal("hello", envelope.Message);
        Assert.Same(sender, envelope.Sender);
    }

    [Fact]
    public void Queue_must_report_empty_once_drained_and_accept_messages_again()
    {
        var queue = new MailboxQueue();
        queue.Enqueue("a", null);
        Assert.True(queue.TryDequeue(out _));
        Assert.False(queue.HasMessages);
        Assert.False(queue.TryDequeue(out _));

        queue.Enqueue("b", null);
        Assert.True(queue.HasMessages);
        Assert.True(queue.TryDequeue(out var envelope));
        Assert.Equal("b", envelope.Message);
    }

    [Fact]
    public async Task Queue_must_lose_and_duplicate_nothing_and_keep_per_producer_order_under_concurrent_producers()
    {
        var queue = new MailboxQueue();
        const int producers = 6;
        const int perProducer = 50_000;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var producing = Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < perProducer; i++) queue.Enqueue(new Item(p, i), null);
        })).ToArray();

        var next = new int[producers];
        var received = 0;
        var consuming = Task.Run(() =>
        {
            while (received < producers * perProducer)
            {
                if (!queue.TryDequeue(out var envelope))
                {
                    Thread.Yield();
                    continue;
                }
                var item = (Item)envelope.Message;
                Assert.Equal(next[item.Producer], item.Sequence);
                next[item.Producer]++;
                received++;
            }
        });

        start.SetResult();
        await Task.WhenAll(producing);
        await consuming.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.All(next, n => Assert.Equal(perProducer, n));
        Assert.False(queue.TryDequeue(out _));
    }

    /// <summary>A reference that is never delivered to; only its identity matters here.</summary>
    private sealed class FakeRef : IActorRef
    {
        public ActorPath Path { get; } = ActorPath.Root("test").Child("fake", 1);

        public void Tell(object message, IActorRef? sender = null) => throw new NotSupportedException();

        public bool Equals(IActorRef? other) => ReferenceEquals(this, other);
    }
}
