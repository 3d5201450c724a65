namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// What persistent actors need from the process: the journal, the snapshot store and the default
/// snapshot policy. One per process; hand it to persistent actors through their <c>Props</c> factory
/// (constructor injection keeps actors testable with the TestKit's in-memory storages).
/// </summary>
public sealed class PersistenceRuntime
{
    /// <summary>Bundles the journal and snapshot store with the default snapshot policy.</summary>
    public PersistenceRuntime(EventJournal journal, SnapshotStore snapshots, SnapshotPolicy? snapshotPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(snapshots);
        Journal = journal;
        Snapshots = snapshots;
        SnapshotPolicy = snapshotPolicy ?? SnapshotPolicy.Default;
        SnapshotPolicy.Validate();
    }

    /// <summary>The group-committing event journal.</summary>
    public EventJournal Journal { get; }

    /// <summary>The snapshot store.</summary>
    public SnapshotStore Snapshots { get; }

    /// <summary>The snapshot policy of actors that do not choose their own.</summary>
    public SnapshotPolicy SnapshotPolicy { get; }
}
