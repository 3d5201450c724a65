using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Writes a <see cref="WorldImage"/> into an empty store: every object's events
/// (<see cref="ObjectHistory"/>), the object id counter and the sections' writes, all in ONE atomic
/// journal write, so the store ends up with the whole world or is left as it was. The world is
/// written straight to the journal, without object actors: start the world after loading.
/// </summary>
public static class WorldLoader
{
    /// <summary>True when the store holds no events at all (never started, never imported).</summary>
    public static async Task<bool> IsEmptyAsync(EventJournal journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        await foreach (var _ in journal.ReadAllEventsAsync(maxCount: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
            return false;
        return true;
    }

    /// <summary>Loads <paramref name="image"/> into the empty store behind <paramref name="journal"/>.</summary>
    /// <param name="journal">The store's journal.</param>
    /// <param name="image">The world, as <see cref="WorldReader.Read"/> returns it (already checked).</param>
    /// <param name="sections">The handlers of the image's section files; every section file needs one.</param>
    /// <param name="progress">Told about the phases, or null.</param>
    /// <param name="cancellationToken">Stops the load before the write is issued.</param>
    /// <returns>How many events were written.</returns>
    /// <exception cref="WorldFileException">A section file has no handler or is invalid; nothing was written.</exception>
    /// <exception cref="WorldStoreNotEmptyException">The store already holds a world; nothing was written.</exception>
    public static async Task<long> LoadAsync(EventJournal journal, WorldImage image, IReadOnlyList<IWorldFileSection> sections,
        IProgress<WorldProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(sections);
        WorldSections.CheckDistinct(sections);

        var writes = new List<EntityWrite>(image.Objects.Length + 1 + sections.Count);
        for (var i = 0; i < image.Objects.Length; i++)
        {
            var state = image.Objects[i];
            writes.Add(new EntityWrite(ObjectActor.PersistenceIdOf(state.Id), 0, ObjectHistory.Of(state)));
            progress?.Report(new WorldProgress("preparing objects", i + 1, image.Objects.Length));
        }
        if (image.NextId > 0)
            writes.Add(new EntityWrite(ObjectIdAllocator.AllocatorPersistenceId, 0, [new ObjectIdAllocated(image.NextId - 1)]));
        foreach (var (name, content) in image.Sections)
        {
            var section = sections.FirstOrDefault(s => s.FileName == name)
                ?? throw new WorldFileException($"{name}: this release does not know how to import this file (no subsystem claims it).");
            writes.AddRange(section.PlanImport(content, image));
        }
        if (writes.Count == 0) return 0;

        if (!await IsEmptyAsync(journal, cancellationToken).ConfigureAwait(false))
            throw new WorldStoreNotEmptyException();
        cancellationToken.ThrowIfCancellationRequested();
        var total = writes.Sum(w => (long)w.Events.Count);
        progress?.Report(new WorldProgress("writing", 0, total));
        try
        {
            await journal.WriteAsync(new AtomicWrite(writes)).ConfigureAwait(false);
        }
        catch (SequenceConflictException)
        {
            // Something wrote between the check and the write: the atomic write stored nothing.
            throw new WorldStoreNotEmptyException();
        }
        progress?.Report(new WorldProgress("writing", total, total));
        return total;
    }
}

/// <summary>An import or the starter core was aimed at a store that already holds a world; nothing was written.</summary>
public sealed class WorldStoreNotEmptyException : InvalidOperationException
{
    /// <summary>Creates the exception with the operator-facing message.</summary>
    public WorldStoreNotEmptyException()
        : base("The database already holds a world; a world can only be imported into an empty database (nothing was written).")
    {
    }
}
