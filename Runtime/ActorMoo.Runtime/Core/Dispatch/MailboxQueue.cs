namespace ActorMoo.Runtime.Core;

/// <summary>
/// An unbounded multi-producer, single-consumer FIFO of envelopes: a chain of
/// <see cref="MailboxSegment"/> rings that grows by doubling when a burst outgrows the current
/// ring. It is a struct embedded in the actor cell to save an object per actor; never copy it.
/// </summary>
/// <remarks>
/// Per-producer order holds: a producer that finds a segment frozen moves on to its successor,
/// and the consumer drains a frozen segment completely before moving on. Segments that have
/// been left behind are never reused, so no producer can ever write into a recycled ring.
/// </remarks>
internal struct MailboxQueue
{
    /// <summary>Capacity of the first ring: tiny, because most actors (idle entities) hold few messages
    /// at a time and every byte per actor counts; a busy mailbox grows once to its working size.</summary>
    internal const int InitialCapacity = 2;

    /// <summary>Largest ring; beyond it the queue chains segments of this size.</summary>
    internal const int MaxSegmentCapacity = 16 * 1024;

    /// <summary>The segment the consumer reads. Consumer only.</summary>
    private MailboxSegment _head;

    /// <summary>The ring of <see cref="_head"/>, kept here so that the consumer never reads the
    /// segment object, whose cache line the producers write. Consumer only.</summary>
    private MailboxSegment.Slot[] _headSlots;

    /// <summary>The consumer's next position in <see cref="_head"/>. Consumer only.</summary>
    private int _headPosition;

    /// <summary>The segment producers append to.</summary>
    private MailboxSegment _tail;

    public MailboxQueue()
    {
        _head = _tail = new MailboxSegment(InitialCapacity);
        _headSlots = _head.Slots;
    }

    /// <summary>Appends an envelope. Safe from any thread.</summary>
    public void Enqueue(object message, IActorRef? sender)
    {
        if (!Volatile.Read(ref _tail).TryEnqueue(message, sender)) EnqueueSlow(message, sender);
    }

    /// <summary>True when an envelope is queued or being written. Exact on the consumer's thread.</summary>
    public readonly bool HasMessages => _head.HasItems(_headPosition) || Volatile.Read(ref _head.Next) is not null;

    /// <summary>Takes the oldest envelope. Consumer only.</summary>
    public bool TryDequeue(out Envelope envelope)
    {
        if (_head.TryDequeue(_headSlots, ref _headPosition, out envelope)) return true;
        return Volatile.Read(ref _head.Next) is not null && TryDequeueSlow(out envelope);
    }

    private bool TryDequeueSlow(out Envelope envelope)
    {
        while (true)
        {
            var head = _head;
            if (head.TryDequeue(_headSlots, ref _headPosition, out envelope)) return true;
            var next = Volatile.Read(ref head.Next);
            if (next is null) return false;
            // The segment was frozen before Next was set, so after one more empty read it can
            // never receive anything again: move on.
            if (head.TryDequeue(_headSlots, ref _headPosition, out envelope)) return true;
            _head = next;
            _headSlots = next.Slots;
            _headPosition = 0;
        }
    }

    private void EnqueueSlow(object message, IActorRef? sender)
    {
        while (true)
        {
            var tail = Volatile.Read(ref _tail);
            if (tail.TryEnqueue(message, sender)) return;
            lock (tail)
            {
                if (ReferenceEquals(tail, Volatile.Read(ref _tail)))
                {
                    tail.Freeze();
                    var next = new MailboxSegment(Math.Min(tail.Capacity * 2, MaxSegmentCapacity));
                    Volatile.Write(ref tail.Next, next);
                    Volatile.Write(ref _tail, next);
                }
            }
        }
    }
}
