namespace ActorMoo.Runtime.Persistence;

public abstract partial class PersistentActor
{
    /// <summary>
    /// Applies events that another writer already made durable for this actor, typically the world's
    /// transaction layer, which writes the events of several actors in one <see cref="AtomicWrite"/>
    /// and then sends each actor its part. Call it from the handler of that commit message.
    /// </summary>
    /// <remarks>
    /// The protocol: the writer learns the actor's <see cref="LastSequenceNr"/> (e.g. in a prepare
    /// reply), the actor persists nothing of its own until the writer commits or aborts, the writer
    /// appends with that number as <see cref="EntityWrite.ExpectedSequenceNr"/>, and on success sends
    /// <see cref="PersistedEvents.From"/> of the entity write. The events must continue exactly where the
    /// state is; otherwise the state is stale and the actor fails with
    /// <see cref="InvalidOperationException"/>, so that its next incarnation recovers from the journal.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The events belong to another id or do not follow <see cref="LastSequenceNr"/>.</exception>
    protected void ApplyPersisted(PersistedEvents persisted)
    {
        ArgumentNullException.ThrowIfNull(persisted);
        if (!string.Equals(persisted.PersistenceId, PersistenceId, StringComparison.Ordinal))
            throw new InvalidOperationException($"Events of '{persisted.PersistenceId}' were sent to '{PersistenceId}'.");
        if (_recovering || _persisting)
            throw new InvalidOperationException($"'{PersistenceId}' cannot apply events written by others while it is {(_recovering ? "recovering" : "persisting")}.");
        if (persisted.FromSequenceNr != LastSequenceNr + 1)
            throw new InvalidOperationException($"Events of '{PersistenceId}' from sequence number {persisted.FromSequenceNr} do not follow its state at {LastSequenceNr}; the actor restarts to recover from the journal.");
        if (persisted.Events.Count > 0)
            ApplyAll(persisted.Events, persisted.FromSequenceNr);
    }
}
