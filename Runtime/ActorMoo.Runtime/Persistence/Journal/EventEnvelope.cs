namespace ActorMoo.Runtime.Persistence;

/// <summary>One event read back from the journal, deserialized and upcast to its current type.</summary>
/// <param name="PersistenceId">The entity the event belongs to.</param>
/// <param name="SequenceNr">The event's number within its entity.</param>
/// <param name="Ordering">The global position, usable as the offset of <see cref="EventJournal.ReadAllEventsAsync"/>.</param>
/// <param name="Event">The event.</param>
/// <param name="Timestamp">When the write was issued (millisecond precision).</param>
/// <param name="WriterId">Who wrote it.</param>
public sealed record EventEnvelope(
    string PersistenceId,
    long SequenceNr,
    long Ordering,
    object Event,
    DateTimeOffset Timestamp,
    string WriterId);
