namespace ActorMoo.Runtime.Persistence;

/// <summary>One stored event as a journal storage returns it, before deserialization.</summary>
/// <param name="Ordering">The global position: strictly increasing in commit order across all ids.</param>
/// <param name="PersistenceId">The entity the event belongs to.</param>
/// <param name="SequenceNr">The event's number within its entity, starting at 1, without gaps at write time.</param>
/// <param name="Manifest">The stable type manifest of the payload.</param>
/// <param name="Payload">The serialized event.</param>
/// <param name="Timestamp">When the write was issued (millisecond precision).</param>
/// <param name="WriterId">Who wrote it.</param>
public sealed record JournalRow(
    long Ordering,
    string PersistenceId,
    long SequenceNr,
    string Manifest,
    byte[] Payload,
    DateTimeOffset Timestamp,
    string WriterId);
