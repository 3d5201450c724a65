namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// For journal storages: the highest sequence numbers of recently written ids, so a group-commit batch
/// need not read them from the database again. The entries are trusted only while a version the
/// database reports inside the write transaction (SQLite's <c>PRAGMA data_version</c>, a counter row
/// in PostgreSQL) shows that no other writer has committed since; otherwise the cache starts over.
/// </summary>
/// <remarks>
/// Not thread-safe: a storage uses it only from its group-commit loop (one batch at a time), while
/// holding the database's write lock. Entries are recorded only after a commit succeeded.
/// </remarks>
public sealed class HighestSequenceCache
{
    /// <summary>Beyond this many ids the cache starts over, bounding its memory.</summary>
    private const int Capacity = 200_000;

    private readonly Dictionary<string, long> _highest = new(StringComparer.Ordinal);

    /// <summary>The database version the entries are valid for; null when nothing is trusted.</summary>
    private long? _version;

    /// <summary>
    /// The database version the entries were recorded at, or null when nothing is trusted. A storage can
    /// plan a batch from the cache and have the database confirm this version inside the write itself.
    /// </summary>
    public long? Version => _version;

    /// <summary>
    /// Checks the entries against the database's current <paramref name="version"/>: keeps them and
    /// returns true when it is the version they were recorded at, else empties the cache and returns false.
    /// </summary>
    public bool Validate(long version)
    {
        if (_version == version)
            return true;
        _highest.Clear();
        _version = version;
        return false;
    }

    /// <summary>The cached highest sequence number of <paramref name="persistenceId"/>, if known.</summary>
    public bool TryGet(string persistenceId, out long highest) => _highest.TryGetValue(persistenceId, out highest);

    /// <summary>
    /// Records the highest sequence numbers a committed batch left behind and, when this writer's own
    /// commit moved the database's version, the <paramref name="newVersion"/> they are valid for.
    /// </summary>
    public void Update(IReadOnlyDictionary<string, long> highest, long? newVersion = null)
    {
        ArgumentNullException.ThrowIfNull(highest);
        if (_highest.Count + highest.Count > Capacity)
            _highest.Clear();
        foreach (var (id, sequenceNr) in highest)
            _highest[id] = sequenceNr;
        if (newVersion is not null)
            _version = newVersion;
    }

    /// <summary>Forgets everything, e.g. after a batch whose commit may or may not have happened.</summary>
    public void Invalidate()
    {
        _highest.Clear();
        _version = null;
    }
}
