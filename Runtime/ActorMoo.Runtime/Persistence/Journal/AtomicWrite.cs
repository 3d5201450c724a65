namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Events for one or more persistence ids that become durable together or not at all: a world
/// transaction touching three objects is one atomic write with three <see cref="EntityWrite"/>s.
/// If any id's expected sequence number is stale, the whole write is refused with a
/// <see cref="SequenceConflictException"/> and nothing of it is stored.
/// </summary>
public sealed record AtomicWrite
{
    /// <summary>Creates the write; each persistence id may appear once.</summary>
    public AtomicWrite(IReadOnlyList<EntityWrite> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
            throw new ArgumentException("An atomic write carries at least one entity write.", nameof(entities));
        // Writes of one entity (every persistent actor's own) skip the duplicate check and its allocation.
        var seen = entities.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
            if (seen is not null && !seen.Add(entity.PersistenceId))
                throw new ArgumentException($"Persistence id '{entity.PersistenceId}' appears twice; merge its events into one entity write.", nameof(entities));
        }
        Entities = entities;
    }

    /// <summary>Creates a write for a single persistence id.</summary>
    public AtomicWrite(string persistenceId, long expectedSequenceNr, IReadOnlyList<object> events)
        : this([new EntityWrite(persistenceId, expectedSequenceNr, events)])
    {
    }

    /// <summary>The per-id parts of the write, each id once.</summary>
    public IReadOnlyList<EntityWrite> Entities { get; }
}
