namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// The events one persistence id appends in an <see cref="AtomicWrite"/>. The journal stores them
/// with sequence numbers <c>ExpectedSequenceNr + 1 … ExpectedSequenceNr + Events.Count</c>, but only
/// when the id's highest stored sequence number is still <see cref="ExpectedSequenceNr"/>.
/// </summary>
public sealed record EntityWrite
{
    /// <summary>Creates the write, checking that it can be stored.</summary>
    /// <param name="persistenceId">The entity's stable id, e.g. <c>object-123</c>.</param>
    /// <param name="expectedSequenceNr">The highest sequence number the writer believes is stored (0 for a new id).</param>
    /// <param name="events">The events to append, in order; at least one, none null.</param>
    public EntityWrite(string persistenceId, long expectedSequenceNr, IReadOnlyList<object> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedSequenceNr);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
            throw new ArgumentException("An entity write carries at least one event.", nameof(events));
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null)
                throw new ArgumentException($"Event #{i} is null; events may not be null.", nameof(events));
        }
        PersistenceId = persistenceId;
        ExpectedSequenceNr = expectedSequenceNr;
        Events = events;
    }

    /// <summary>The entity's stable id.</summary>
    public string PersistenceId { get; }

    /// <summary>The highest sequence number the writer believes is stored for the id (0 for none).</summary>
    public long ExpectedSequenceNr { get; }

    /// <summary>The events to append, in order.</summary>
    public IReadOnlyList<object> Events { get; }

    /// <summary>The sequence number the id has once this write is stored.</summary>
    public long LastSequenceNr => ExpectedSequenceNr + Events.Count;
}
