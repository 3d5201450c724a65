using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Tests.Core.Dispatch;

public sealed class EnvelopeDequeTests
{
    [Fact]
    public void Deque_must_serve_front_pushes_before_back_pushes_and_keep_order_while_growing()
    {
        var deque = new EnvelopeDeque();
        for (var i = 10; i < 20; i++) deque.PushBack(new Envelope(i, null));
        for (var i = 9; i >= 0; i--) deque.PushFront(new Envelope(i, null));

        var taken = new List<int>();
        while (deque.Count > 0) taken.Add((int)deque.PopFront().Message);

        Assert.Equal(Enumerable.Range(0, 20), taken);
    }

    [Fact]
    public void Deque_must_pop_from_the_back_in_reverse_order()
    {
        var deque = new EnvelopeDeque();
        for (var i = 0; i < 6; i++) deque.PushBack(new Envelope(i, null));

        Assert.Equal(5, (int)deque.PopBack().Message);
        Assert.Equal(4, (int)deque.PopBack().Message);
        Assert.Equal(0, (int)deque.PopFront().Message);
        Assert.Equal(3, deque.Count);
    }

    [Fact]
    public void Deque_must_refuse_to_pop_when_empty()
    {
        var deque = new EnvelopeDeque();
        Assert.Throws<InvalidOperationException>(() => deque.PopFront());
        Assert.Throws<InvalidOperationException>(() => deque.PopBack());
    }
}
