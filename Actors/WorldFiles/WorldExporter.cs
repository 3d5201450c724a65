using System.Collections.Immutable;
using ActorMoo.Actors.Model;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Reads a whole world from a store into a <see cref="WorldImage"/>: every live object from
/// <c>#0</c> to the id counter (recycled and never-created ids are skipped), and each section's
/// file. It reads the store directly, one object after another, so export from a stopped node
/// for a consistent picture.
/// </summary>
public static class WorldExporter
{
    /// <summary>An export: the world and anything worth telling the operator.</summary>
    /// <param name="Image">The world.</param>
    /// <param name="Warnings">What was dropped or will stop an import, one line each.</param>
    public sealed record Result(WorldImage Image, IReadOnlyList<string> Warnings);

    /// <summary>Reads the world in <paramref name="store"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="sections">The sections whose files to export.</param>
    /// <param name="progress">Told how many ids were read, or null.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    public static async Task<Result> ExportAsync(PersistenceRuntime store, IReadOnlyList<IWorldFileSection> sections,
        IProgress<WorldProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sections);
        WorldSections.CheckDistinct(sections);
        var stored = new StoredObjects(store);
        var nextId = await stored.ReadNextIdAsync(cancellationToken).ConfigureAwait(false);
        var objects = new List<ObjectState>();
        for (long id = 0; id < nextId; id++)
        {
            var state = await stored.ReadAsync(new ObjectId(id), cancellationToken).ConfigureAwait(false);
            if (state is { Recycled: false }) objects.Add(state);
            progress?.Report(new WorldProgress("reading objects", id + 1, nextId));
        }

        var warnings = new List<string>();
        var cleaned = DropUninheritedValues(objects, warnings);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (await section.ExportAsync(store, cancellationToken).ConfigureAwait(false) is { } content)
                builder[section.FileName] = content;
        }
        var image = new WorldImage(nextId, cleaned, builder.ToImmutable());
        warnings.AddRange(WorldValidator.Check(nextId, image.Objects, image.Objects.ToDictionary(o => o.Id, o => "object"))
            .Select(problem => "the stored world is inconsistent, an import will refuse it until fixed: " + problem));
        return new Result(image, warnings);
    }

    /// <summary>
    /// Values an object holds for properties it no longer inherits are inert (nothing reads them) but
    /// would make an import refuse the file; they are dropped and reported.
    /// </summary>
    private static ImmutableArray<ObjectState> DropUninheritedValues(List<ObjectState> objects, List<string> warnings)
    {
        var byId = objects.ToDictionary(o => o.Id);
        var result = ImmutableArray.CreateBuilder<ObjectState>(objects.Count);
        foreach (var o in objects)
        {
            var inherited = Ancestors(o, byId).SelectMany(a => a.Properties).Select(p => p.Name).ToHashSet(MooNames.Comparer);
            var kept = o.Overrides.Where(v => inherited.Contains(v.Name)).ToImmutableArray();
            foreach (var dropped in o.Overrides.Except(kept))
                warnings.Add($"{o.Describe()}: dropped its value of '{dropped.Name}', a property it no longer inherits.");
            result.Add(kept.Length == o.Overrides.Length ? o : o with { Overrides = kept });
        }
        return result.MoveToImmutable();
    }

    /// <summary>The strict ancestors present in the world (a cycle or a missing parent just ends the walk).</summary>
    private static IEnumerable<ObjectState> Ancestors(ObjectState o, Dictionary<ObjectId, ObjectState> byId)
    {
        var seen = new HashSet<ObjectId> { o.Id };
        var pending = new Stack<ObjectId>(o.Parents.Reverse());
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!seen.Add(id) || !byId.TryGetValue(id, out var parent)) continue;
            yield return parent;
            foreach (var grand in parent.Parents.Reverse()) pending.Push(grand);
        }
    }
}
