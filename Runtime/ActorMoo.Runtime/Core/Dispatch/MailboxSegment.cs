namespace ActorMoo.Runtime.Core;

/// <summary>
/// A bounded ring of envelopes with many producers and one consumer, after the slot-sequence
/// scheme of Dmitry Vyukov's bounded queue (also used by <c>ConcurrentQueue</c>'s segments).
/// The ring is reused forever, so a mailbox whose occupancy stays within its capacity enqueues
/// and dequeues without allocating. When full, the owning <see cref="MailboxQueue"/> freezes it
/// and links a larger segment; a frozen segment only drains.
/// </summary>
/// <remarks>
/// The segment holds only what producers write (<see cref="_tail"/>); the consumer's position lives
/// with the consumer (<see cref="MailboxQueue"/>, inside the actor cell), and the consumer reads the
/// ring through its own reference to it. Otherwise every enqueue's compare-and-swap and every
/// dequeue would write the same cache line, which then bounces between the two cores of a sending
/// and a receiving actor on every message.
/// </remarks>
internal sealed class MailboxSegment
{
    /// <summary>The ring. A slot at position p is free for a producer when its sequence is p, and
    /// holds a published envelope for the consumer when its sequence is p + 1.</summary>
    private readonly Slot[] _slots;

    /// <summary>Capacity - 1 (the capacity is a power of two).</summary>
    private readonly int _mask;

    /// <summary>The next position a producer may reserve; raised by <see cref="FreezeOffset"/> when frozen
    /// so every reservation attempt fails from then on.</summary>
    private int _tail;

    /// <summary>Set (before <see cref="_tail"/> is raised) once no more envelopes may enter.</summary>
    private volatile bool _frozen;

    /// <summary>The segment that follows this one; set only after this one is frozen.</summary>
    internal MailboxSegment? Next;

    internal MailboxSegment(int capacity)
    {
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < capacity; i++) _slots[i].Sequence = i;
    }

    /// <summary>The number of slots.</summary>
    internal int Capacity => _slots.Length;

    /// <summary>The ring, for the consumer to keep its own reference to.</summary>
    internal Slot[] Slots => _slots;

    private int FreezeOffset => _slots.Length * 2;

    /// <summary>True when a producer has reserved a position at or after the consumer's
    /// <paramref name="head"/>. Only meaningful on the consumer's thread (or as a hint elsewhere).</summary>
    internal bool HasItems(int head)
    {
        var frozen = _frozen;
        var tail = Volatile.Read(ref _tail);
        if (frozen) tail -= FreezeOffset;
        return tail - head > 0;
    }

    /// <summary>Appends an envelope, or returns false when the ring is full or frozen.</summary>
    internal bool TryEnqueue(object message, IActorRef? sender)
    {
        var slots = _slots;
        while (true)
        {
            var tail = Volatile.Read(ref _tail);
            ref var slot = ref slots[tail & _mask];
            var diff = Volatile.Read(ref slot.Sequence) - tail;
            if (diff == 0)
            {
                if (Interlocked.CompareExchange(ref _tail, tail + 1, tail) == tail)
                {
                    slot.Message = message;
                    slot.Sender = sender;
                    Volatile.Write(ref slot.Sequence, tail + 1);
                    return true;
                }
            }
            else if (diff < 0)
            {
                return false; // the consumer has not freed this slot yet (full), or the segment is frozen
            }
            // diff > 0: another producer took this position first; try the next one.
        }
    }

    /// <summary>Takes the oldest envelope at the consumer's position <paramref name="head"/> in this
    /// segment's ring <paramref name="slots"/> (the consumer's reference to <see cref="Slots"/>). Consumer only.</summary>
    internal bool TryDequeue(Slot[] slots, ref int head, out Envelope envelope)
    {
        var spinner = default(SpinWait);
        while (true)
        {
            var position = head;
            ref var slot = ref slots[position & (slots.Length - 1)];
            if (Volatile.Read(ref slot.Sequence) == position + 1)
            {
                envelope = new Envelope(slot.Message!, slot.Sender);
                slot.Message = null;
                slot.Sender = null;
                head = position + 1;
                Volatile.Write(ref slot.Sequence, position + slots.Length);
                return true;
            }

            if (!HasItems(position))
            {
                envelope = default;
                return false;
            }

            // A producer reserved this position and is writing it right now: the window is a few
            // instructions, unless that thread was preempted, hence SpinWait's yielding.
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>Stops further enqueues. Called under the queue's growth lock, at most once.</summary>
    internal void Freeze()
    {
        _frozen = true;
        Interlocked.Add(ref _tail, FreezeOffset);
    }

    /// <summary>One envelope's place in the ring.</summary>
    internal struct Slot
    {
        public object? Message;
        public IActorRef? Sender;
        public int Sequence;
    }
}
