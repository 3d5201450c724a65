using System.Collections.Immutable;
using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// A whole world as data, between its files and its store: every live object's state exactly as the
/// running world holds it (the <c>$</c>-names as properties of <c>#0</c>, verb help inside the verb
/// code), the id counter, and the files of other subsystems (accounts, tasks) untouched.
/// <see cref="WorldReader"/> and <see cref="WorldWriter"/> convert it from and to files,
/// <see cref="WorldLoader"/> writes it into a store and <see cref="WorldExporter"/> reads it from one.
/// </summary>
/// <param name="NextId">The id the next created object gets; above every object's id.</param>
/// <param name="Objects">Every live object, by ascending id. Event versions are not meaningful here.</param>
/// <param name="Sections">Other subsystems' files (<c>accounts.json</c>, <c>tasks.json</c>) by file name, as exact bytes.</param>
public sealed record WorldImage(long NextId, ImmutableArray<ObjectState> Objects, ImmutableSortedDictionary<string, byte[]> Sections)
{
    /// <summary>An image without section files.</summary>
    public WorldImage(long nextId, ImmutableArray<ObjectState> objects)
        : this(nextId, objects, ImmutableSortedDictionary.Create<string, byte[]>(StringComparer.Ordinal))
    {
    }
}
