using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// A subsystem's own file in a world tree (<c>accounts.json</c>, <c>tasks.json</c>): it exports its
/// file, and on import checks it against the world and contributes its journal writes to the
/// world's single atomic write, so that a load is all or nothing across subsystems.
/// </summary>
public interface IWorldFileSection
{
    /// <summary>The file's name at the top of the tree, e.g. <c>accounts.json</c>.</summary>
    string FileName { get; }

    /// <summary>The file's exact bytes for an export (deterministic for the same stored data), or null when there is nothing to write.</summary>
    /// <param name="store">The store being exported.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    Task<byte[]?> ExportAsync(PersistenceRuntime store, CancellationToken cancellationToken);

    /// <summary>
    /// Checks <paramref name="content"/> against <paramref name="world"/> and returns the journal
    /// writes (each with expected sequence number 0: the store is empty) that load it.
    /// </summary>
    /// <exception cref="WorldFileException">The file is invalid; the message names it and the problem.</exception>
    IReadOnlyList<EntityWrite> PlanImport(byte[] content, WorldImage world);
}
