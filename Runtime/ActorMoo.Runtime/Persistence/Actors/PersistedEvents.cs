namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Events already made durable for one persistence id by someone other than the actor itself, such
/// as the world's transaction layer writing several objects in one <see cref="AtomicWrite"/>. The
/// writer sends them to the actor (inside its own commit message), and the actor applies them with
/// <see cref="PersistentActor.ApplyPersisted"/>.
/// </summary>
/// <param name="PersistenceId">The actor's persistence id.</param>
/// <param name="FromSequenceNr">The sequence number of the first event; the actor's last one plus 1.</param>
/// <param name="Events">The events, in order, exactly as written.</param>
public sealed record PersistedEvents(string PersistenceId, long FromSequenceNr, IReadOnlyList<object> Events)
{
    /// <summary>The events of <paramref name="write"/>, once the atomic write carrying it succeeded.</summary>
    public static PersistedEvents From(EntityWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new PersistedEvents(write.PersistenceId, write.ExpectedSequenceNr + 1, write.Events);
    }

    /// <summary>The sequence number of the last event.</summary>
    public long ToSequenceNr => FromSequenceNr + Events.Count - 1;
}
