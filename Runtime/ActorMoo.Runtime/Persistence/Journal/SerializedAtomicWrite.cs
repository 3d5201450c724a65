namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// The storage form of an <see cref="EntityWrite"/>: the same id and expected sequence number,
/// with the events already serialized. Event <c>i</c> gets sequence number
/// <c>ExpectedSequenceNr + 1 + i</c>.
/// </summary>
/// <param name="PersistenceId">The entity's stable id.</param>
/// <param name="ExpectedSequenceNr">The highest sequence number the writer believes is stored.</param>
/// <param name="Events">The serialized events, in order; at least one.</param>
public sealed record SerializedEntityWrite(string PersistenceId, long ExpectedSequenceNr, IReadOnlyList<SerializedPayload> Events);

/// <summary>
/// The storage form of an <see cref="AtomicWrite"/>, as handed to <see cref="IJournalStorage"/>:
/// all of it is stored in one transaction or none of it.
/// </summary>
/// <param name="Entities">The per-id parts; each persistence id once.</param>
/// <param name="Timestamp">When the write was issued; stored with every event (millisecond precision).</param>
/// <param name="WriterId">Who wrote it (a node or process name), for audits and cluster diagnostics.</param>
public sealed record SerializedAtomicWrite(IReadOnlyList<SerializedEntityWrite> Entities, DateTimeOffset Timestamp, string WriterId)
{
    /// <summary>The number of events across all entities, used to bound group-commit batches.</summary>
    public int EventCount
    {
        get
        {
            var count = 0;
            foreach (var entity in Entities)
                count += entity.Events.Count;
            return count;
        }
    }
}
