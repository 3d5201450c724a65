using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// The starter core: the world tree in the repository's <c>core/</c> folder, embedded in this
/// assembly, that fills an empty database on the first start (DESIGN §4).
/// </summary>
public static class StarterCore
{
    /// <summary>The prefix of the core's embedded resource names; the rest is the file's path in the tree.</summary>
    public const string ResourcePrefix = "ActorMoo.Core/";

    /// <summary>The core's files, exactly as in the repository.</summary>
    public static WorldFileSet Files()
    {
        var assembly = typeof(StarterCore).Assembly;
        var files = new WorldFileSet();
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => (Resource: name, Path: name[ResourcePrefix.Length..].Replace('\\', '/')))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal);
        foreach (var (resource, path) in names)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add(path, copy.ToArray());
        }
        return files;
    }

    /// <summary>The core as a checked world.</summary>
    /// <exception cref="WorldFileException">The embedded core is invalid (a build of a broken core).</exception>
    public static WorldImage Read() => WorldReader.Read(Files());

    /// <summary>
    /// Loads the core into the store when it is empty (the first start) and does nothing otherwise.
    /// Returns true when it loaded the core. Call it before the world's actors start.
    /// </summary>
    /// <param name="journal">The store's journal.</param>
    /// <param name="sections">Section handlers (the core has no section files; pass what the host has).</param>
    /// <param name="cancellationToken">Stops the load before it writes.</param>
    public static async Task<bool> LoadIfEmptyAsync(EventJournal journal, IReadOnlyList<IWorldFileSection> sections, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        if (!await WorldLoader.IsEmptyAsync(journal, cancellationToken).ConfigureAwait(false))
            return false;
        try
        {
            await WorldLoader.LoadAsync(journal, Read(), sections, progress: null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (WorldStoreNotEmptyException)
        {
            // Another node loaded it first (several nodes starting on one new PostgreSQL database).
            return false;
        }
    }
}
