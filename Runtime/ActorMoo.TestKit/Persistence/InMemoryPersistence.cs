using ActorMoo.Runtime.Persistence;

namespace ActorMoo.TestKit.Persistence;

/// <summary>
/// Everything a test of persistent actors needs, in memory: a journal storage and a snapshot storage
/// with failure injection, and the <see cref="PersistenceRuntime"/> to hand to the actors' Props.
/// </summary>
/// <example>
/// <code>
/// await using var persistence = new InMemoryPersistence(mySerializer);
/// var counter = ActorOf(Props.Create(() =&gt; new Counter("counter-1", persistence.Runtime)));
/// persistence.JournalStorage.Faults.FailNextBatches(); // the next write fails: the actor stops
/// </code>
/// </example>
public sealed class InMemoryPersistence : IAsyncDisposable
{
    /// <summary>Creates empty storages and a runtime over them.</summary>
    /// <param name="serializer">Knows the events and snapshot states of the actors under test.</param>
    /// <param name="snapshotPolicy">The runtime's default snapshot policy; null for <see cref="SnapshotPolicy.Default"/>.</param>
    /// <param name="journalOptions">Group-commit settings; null for the defaults (no batch delay, so no timers).</param>
    /// <param name="timeProvider">Stamps events and snapshots; null for the system clock.</param>
    public InMemoryPersistence(PersistenceSerializer serializer, SnapshotPolicy? snapshotPolicy = null, JournalOptions? journalOptions = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        var time = timeProvider ?? TimeProvider.System;
        Runtime = new PersistenceRuntime(
            new EventJournal(JournalStorage, serializer, journalOptions ?? new JournalOptions { WriterId = "test" }, time),
            new SnapshotStore(SnapshotStorage, serializer, time),
            snapshotPolicy);
    }

    /// <summary>The events, with <see cref="InMemoryJournalStorage.Faults"/> to inject failures.</summary>
    public InMemoryJournalStorage JournalStorage { get; } = new();

    /// <summary>The snapshots, with failure injection.</summary>
    public InMemorySnapshotStorage SnapshotStorage { get; } = new();

    /// <summary>The runtime to pass to persistent actors.</summary>
    public PersistenceRuntime Runtime { get; }

    /// <summary>The journal over <see cref="JournalStorage"/>, to arrange or inspect events directly.</summary>
    public EventJournal Journal => Runtime.Journal;

    /// <summary>Commits queued writes and stops the group-commit loop.</summary>
    public async ValueTask DisposeAsync()
    {
        JournalStorage.Faults.Clear();
        await Runtime.Journal.DisposeAsync().ConfigureAwait(false);
        await Runtime.Snapshots.DisposeAsync().ConfigureAwait(false);
    }
}
