namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// The back-end half of the journal: stores and reads serialized events. SQLite, PostgreSQL and
/// the TestKit's in-memory store implement it; <see cref="EventJournal"/> adds serialization and
/// group commit on top. A custom back end proves itself with the TestKit's <c>JournalSpec</c>.
/// </summary>
/// <remarks>
/// Contract, checked by the conformance suite:
/// <list type="bullet">
/// <item><c>(persistence id, sequence number)</c> is unique and every write is validated against its
/// expected sequence numbers inside the same transaction that stores it (use
/// <see cref="JournalBatchPlan"/>), so a stale writer can never add a row.</item>
/// <item>Global orderings increase in commit order; events of one atomic write are stored in order.</item>
/// <item>Deleted events are no longer read, but the highest sequence number of an id survives deletion.</item>
/// <item><see cref="WriteBatchAsync"/> is called by one group-commit loop at a time, never concurrently.</item>
/// </list>
/// </remarks>
public interface IJournalStorage : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch of atomic writes in one durable transaction. Writes are validated in batch order
    /// (a later write may build on an earlier one of the same batch); a refused write is skipped and the
    /// others go ahead. Returns one result per write, in batch order, only after the commit is durable.
    /// </summary>
    /// <exception cref="Exception">Any exception means the batch failed: treat every write of it as failed.</exception>
    Task<IReadOnlyList<WriteResult>> WriteBatchAsync(IReadOnlyList<SerializedAtomicWrite> batch);

    /// <summary>
    /// The events of <paramref name="persistenceId"/> with sequence numbers in
    /// [<paramref name="fromSequenceNr"/>, <paramref name="toSequenceNr"/>], ascending, at most
    /// <paramref name="maxCount"/>, deleted ones skipped.
    /// </summary>
    IAsyncEnumerable<JournalRow> ReadEventsAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long maxCount, CancellationToken cancellationToken);

    /// <summary>The highest sequence number ever stored for the id, deleted events included; 0 when none.</summary>
    Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken);

    /// <summary>Deletes the id's events up to and including <paramref name="toSequenceNr"/> (typically after a snapshot).</summary>
    Task DeleteEventsToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);

    /// <summary>Every persistence id that has stored events (including ids whose events were all deleted), each once.</summary>
    IAsyncEnumerable<string> ReadPersistenceIdsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Events of every id with global ordering greater than <paramref name="afterOrdering"/>, ascending
    /// by ordering, at most <paramref name="maxCount"/>, deleted ones skipped.
    /// </summary>
    IAsyncEnumerable<JournalRow> ReadAllEventsAsync(long afterOrdering, long maxCount, CancellationToken cancellationToken);
}
