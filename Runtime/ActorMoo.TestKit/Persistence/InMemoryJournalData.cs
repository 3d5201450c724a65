using ActorMoo.Runtime.Persistence;

namespace ActorMoo.TestKit.Persistence;

/// <summary>
/// The events behind one or more <see cref="InMemoryJournalStorage"/>s. One lock makes every batch
/// atomic and isolated, as a database transaction would.
/// </summary>
internal sealed class InMemoryJournalData
{
    private readonly Lock _lock = new();

    /// <summary>Every stored row in ordering order; deleted rows are removed except each id's highest.</summary>
    private readonly List<Entry> _rows = [];

    /// <summary>Each id's rows in sequence order (the same entries as in <see cref="_rows"/>).</summary>
    private readonly Dictionary<string, List<Entry>> _byId = new(StringComparer.Ordinal);

    private long _lastOrdering;

    public IReadOnlyList<WriteResult> Write(IReadOnlyList<SerializedAtomicWrite> batch, Func<SerializedAtomicWrite, string?> rejectionFor)
    {
        lock (_lock)
        {
            var ids = JournalBatchPlan.PersistenceIdsOf(batch);
            var highest = ids.ToDictionary(id => id, HighestLocked, StringComparer.Ordinal);

            // Writes the fault injector rejects are taken out before planning, as a storage would refuse them.
            var rejections = batch.Select(rejectionFor).ToArray();
            var planned = batch.Where((_, i) => rejections[i] is null).ToList();
            var plan = JournalBatchPlan.Create(planned, highest);
            foreach (var e in plan.AcceptedEvents)
            {
                var entry = new Entry(new JournalRow(++_lastOrdering, e.PersistenceId, e.SequenceNr, e.Event.Manifest, e.Event.Payload,
                    DateTimeOffset.FromUnixTimeMilliseconds(e.Timestamp.ToUnixTimeMilliseconds()), e.WriterId));
                _rows.Add(entry);
                if (!_byId.TryGetValue(e.PersistenceId, out var list))
                    _byId[e.PersistenceId] = list = [];
                list.Add(entry);
            }

            var results = new WriteResult[batch.Count];
            var next = 0;
            for (var i = 0; i < batch.Count; i++)
                results[i] = rejections[i] is { } reason ? WriteResult.Rejected(reason) : plan.Results[next++];
            return results;
        }
    }

    public List<JournalRow> Events(string persistenceId, long from, long to, long max)
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(persistenceId, out var list))
                return [];
            return [.. list.Where(e => !e.Deleted && e.Row.SequenceNr >= from && e.Row.SequenceNr <= to)
                .Take((int)Math.Min(max, int.MaxValue))
                .Select(e => e.Row)];
        }
    }

    public long Highest(string persistenceId)
    {
        lock (_lock)
            return HighestLocked(persistenceId);
    }

    public void Delete(string persistenceId, long toSequenceNr)
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(persistenceId, out var list))
                return;
            var highest = list[^1];
            // The highest entry is only marked, so the id keeps its sequence number; older ones go.
            if (highest.Row.SequenceNr <= toSequenceNr)
                highest.Deleted = true;
            bool Doomed(Entry e) => e != highest && e.Row.SequenceNr <= toSequenceNr;
            list.RemoveAll(Doomed);
            _rows.RemoveAll(e => e.Row.PersistenceId == persistenceId && Doomed(e));
        }
    }

    public List<string> PersistenceIds()
    {
        lock (_lock)
            return [.. _byId.Keys.Order(StringComparer.Ordinal)];
    }

    public List<JournalRow> AllEvents(long afterOrdering, long max)
    {
        lock (_lock)
        {
            return [.. _rows.Where(e => !e.Deleted && e.Row.Ordering > afterOrdering)
                .Take((int)Math.Min(max, int.MaxValue))
                .Select(e => e.Row)];
        }
    }

    private long HighestLocked(string persistenceId) =>
        _byId.TryGetValue(persistenceId, out var list) && list.Count > 0 ? list[^1].Row.SequenceNr : 0;

    /// <summary>A stored row and whether it is deleted (only ever true for an id's highest row).</summary>
    private sealed class Entry(JournalRow row)
    {
        public JournalRow Row { get; } = row;

        public bool Deleted { get; set; }
    }
}
