namespace ActorMoo.Runtime.Core;

/// <summary>
/// A growable ring of envelopes usable from both ends, owned by one actor's thread. The stash
/// keeps stashed messages in one; the cell keeps unstashed messages in another, which is drained
/// before the mailbox so that unstashed messages go before new mail.
/// </summary>
internal sealed class EnvelopeDeque
{
    private Envelope[] _items = new Envelope[4];

    /// <summary>Index of the first element.</summary>
    private int _first;

    /// <summary>The number of elements.</summary>
    public int Count { get; private set; }

    /// <summary>Appends at the back.</summary>
    public void PushBack(in Envelope envelope)
    {
        if (Count == _items.Length) Grow();
        _items[(_first + Count) % _items.Length] = envelope;
        Count++;
    }

    /// <summary>Inserts at the front.</summary>
    public void PushFront(in Envelope envelope)
    {
        if (Count == _items.Length) Grow();
        _first = (_first - 1 + _items.Length) % _items.Length;
        _items[_first] = envelope;
        Count++;
    }

    /// <summary>Removes the front element.</summary>
    public Envelope PopFront()
    {
        if (Count == 0) throw new InvalidOperationException("The deque is empty.");
        var envelope = _items[_first];
        _items[_first] = default;
        _first = (_first + 1) % _items.Length;
        Count--;
        return envelope;
    }

    /// <summary>Removes the back element.</summary>
    public Envelope PopBack()
    {
        if (Count == 0) throw new InvalidOperationException("The deque is empty.");
        var index = (_first + Count - 1) % _items.Length;
        var envelope = _items[index];
        _items[index] = default;
        Count--;
        return envelope;
    }

    private void Grow()
    {
        var larger = new Envelope[_items.Length * 2];
        for (var i = 0; i < Count; i++) larger[i] = _items[(_first + i) % _items.Length];
        _items = larger;
        _first = 0;
    }
}
