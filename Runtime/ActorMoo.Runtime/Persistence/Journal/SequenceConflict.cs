namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// One persistence id whose stored highest sequence number was not what a write expected:
/// someone else wrote to it since the writer last looked (or the writer skipped ahead).
/// </summary>
/// <param name="PersistenceId">The id in conflict.</param>
/// <param name="ExpectedSequenceNr">What the write expected to be the highest stored sequence number.</param>
/// <param name="ActualSequenceNr">What was actually stored when the write was validated.</param>
public sealed record SequenceConflict(string PersistenceId, long ExpectedSequenceNr, long ActualSequenceNr);
