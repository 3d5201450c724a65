namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Decides, inside a storage transaction, which writes of a group-commit batch are stored: each write
/// is checked against the highest sequence numbers stored so far plus those of the earlier accepted
/// writes of the same batch. A stale write is refused alone, so one conflict never fails its
/// neighbours (pre-validation instead of per-write savepoints).
/// </summary>
/// <remarks>
/// A storage reads the highest stored sequence number of every id in <see cref="PersistenceIdsOf"/>
/// (while holding its write lock or transaction), builds the plan, inserts <see cref="AcceptedEvents"/>
/// and commits. Its unique constraint on (persistence id, sequence number) stays the last line of
/// defence against a writer that skipped this protocol.
/// </remarks>
public sealed class JournalBatchPlan
{
    private readonly List<PlannedEvent> _accepted;

    private JournalBatchPlan(IReadOnlyList<WriteResult> results, List<PlannedEvent> accepted, IReadOnlyDictionary<string, long> highest)
    {
        Results = results;
        _accepted = accepted;
        HighestSequenceNrs = highest;
    }

    /// <summary>One result per write of the batch, in batch order.</summary>
    public IReadOnlyList<WriteResult> Results { get; }

    /// <summary>The events to insert, in batch order, with their sequence numbers assigned.</summary>
    public IReadOnlyList<PlannedEvent> AcceptedEvents => _accepted;

    /// <summary>The highest sequence number of every id of the batch once the accepted events are stored.</summary>
    public IReadOnlyDictionary<string, long> HighestSequenceNrs { get; }

    /// <summary>The distinct persistence ids of a batch, whose stored highest sequence numbers the plan needs.</summary>
    public static IReadOnlyCollection<string> PersistenceIdsOf(IReadOnlyList<SerializedAtomicWrite> batch)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var write in batch)
        {
            foreach (var entity in write.Entities)
                ids.Add(entity.PersistenceId);
        }
        return ids;
    }

    /// <summary>
    /// Plans <paramref name="batch"/> against <paramref name="storedHighest"/>, the highest stored
    /// sequence number per id (ids missing from it have none, i.e. 0).
    /// </summary>
    public static JournalBatchPlan Create(IReadOnlyList<SerializedAtomicWrite> batch, IReadOnlyDictionary<string, long> storedHighest)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(storedHighest);
        var highest = new Dictionary<string, long>(storedHighest, StringComparer.Ordinal);
        var results = new WriteResult[batch.Count];
        var accepted = new List<PlannedEvent>();
        for (var i = 0; i < batch.Count; i++)
        {
            var write = batch[i];
            var conflicts = FindConflicts(write, highest);
            if (conflicts is not null)
            {
                results[i] = WriteResult.Conflicted(conflicts);
                continue;
            }
            foreach (var entity in write.Entities)
            {
                for (var e = 0; e < entity.Events.Count; e++)
                    accepted.Add(new PlannedEvent(entity.PersistenceId, entity.ExpectedSequenceNr + 1 + e, entity.Events[e], write.Timestamp, write.WriterId));
                highest[entity.PersistenceId] = entity.ExpectedSequenceNr + entity.Events.Count;
            }
            results[i] = WriteResult.Accepted;
        }
        return new JournalBatchPlan(results, accepted, highest);
    }

    private static List<SequenceConflict>? FindConflicts(SerializedAtomicWrite write, Dictionary<string, long> highest)
    {
        List<SequenceConflict>? conflicts = null;
        foreach (var entity in write.Entities)
        {
            var actual = highest.GetValueOrDefault(entity.PersistenceId);
            if (actual != entity.ExpectedSequenceNr)
                (conflicts ??= []).Add(new SequenceConflict(entity.PersistenceId, entity.ExpectedSequenceNr, actual));
        }
        return conflicts;
    }
}

/// <summary>One event a <see cref="JournalBatchPlan"/> accepted, ready to insert.</summary>
/// <param name="PersistenceId">The entity.</param>
/// <param name="SequenceNr">Its assigned sequence number.</param>
/// <param name="Event">The serialized event.</param>
/// <param name="Timestamp">When the write was issued.</param>
/// <param name="WriterId">Who wrote it.</param>
public readonly record struct PlannedEvent(string PersistenceId, long SequenceNr, SerializedPayload Event, DateTimeOffset Timestamp, string WriterId);
