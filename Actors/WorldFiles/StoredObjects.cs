using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Reads the world's committed objects straight from a store, as an object actor recovers:
/// latest snapshot, then the events after it. Used by the exporter, with no actor system running.
/// </summary>
/// <param name="store">The store's journal and snapshots.</param>
internal sealed class StoredObjects(PersistenceRuntime store)
{
    /// <summary>The id counter: one above the highest id ever handed out (0 for an empty store).</summary>
    public async Task<long> ReadNextIdAsync(CancellationToken cancellationToken)
    {
        long next = 0;
        await foreach (var envelope in store.Journal.ReadEventsAsync(ObjectIdAllocator.AllocatorPersistenceId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (envelope.Event is ObjectIdAllocated allocated)
                next = Math.Max(next, allocated.Id + 1);
        }
        return next;
    }

    /// <summary>The committed state of <paramref name="id"/>, or null when it was never created.</summary>
    /// <exception cref="ObjectEventException">The journal holds events that do not fit (a damaged store).</exception>
    public async Task<ObjectState?> ReadAsync(ObjectId id, CancellationToken cancellationToken)
    {
        var persistenceId = ObjectActor.PersistenceIdOf(id);
        var snapshot = await store.Snapshots.LoadAsync(persistenceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var state = snapshot?.State as ObjectState;
        var from = snapshot is null ? 1 : snapshot.Metadata.SequenceNr + 1;
        await foreach (var envelope in store.Journal.ReadEventsAsync(persistenceId, from, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (envelope.Event is ObjectEvent e)
                state = ObjectEvents.Apply(state, e);
        }
        return state;
    }
}
