using System.Text.RegularExpressions;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Writes a <see cref="WorldImage"/> as a world tree (docs/world-format.md), deterministically:
/// the same image always gives the same bytes, and <see cref="WorldReader.Read"/> of the result
/// gives the image back (up to event versions), which is what makes export → import → export exact.
/// </summary>
public static partial class WorldWriter
{
    /// <summary>The files of <paramref name="image"/>: world.json, the section files, then each object by id with its verbs' files.</summary>
    public static WorldFileSet Write(WorldImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var ids = image.Objects.Select(o => o.Id).ToHashSet();
        var system = image.Objects.FirstOrDefault(o => o.Id == new ObjectId(0));
        var names = system is null ? [] : system.Properties.Where(p => IsName(p, system, ids)).ToList();
        var references = new ObjectReferences(names.Select(p => new KeyValuePair<string, ObjectId>(p.Name, p.Value.AsObject())), WorldReader.WorldFileName);

        var files = new WorldFileSet();
        files.Add(WorldReader.WorldFileName, WorldJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("format", WorldReader.FormatName);
            writer.WriteNumber("version", WorldReader.FormatVersion);
            writer.WriteNumber("nextId", image.NextId);
            if (names.Count > 0)
            {
                writer.WriteStartObject("names");
                foreach (var name in names) writer.WriteNumber(name.Name, name.Value.AsObject().Value);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }));
        foreach (var (name, content) in image.Sections) files.Add(name, content);

        var objectWriter = new ObjectFileWriter(
            references,
            image.Objects.ToLookup(o => o.Location, o => o.Id),
            image.Objects.SelectMany(o => o.Parents.Distinct().Select(parent => (Parent: parent, Child: o.Id))).ToLookup(p => p.Parent, p => p.Child));
        foreach (var state in image.Objects)
        {
            var properties = state == system ? state.Properties.Where(p => !names.Contains(p)).ToList() : (IReadOnlyList<PropertyDefinition>)state.Properties;
            objectWriter.Write(state, SlugOf(state.Id, references), properties, files);
        }
        return files;
    }

    /// <summary>
    /// A property of <c>#0</c> that the format writes as a <c>$</c>-name: it holds an object of the
    /// world, is owned by <c>#0</c>'s owner and has exactly the bits <c>r</c> — what the reader creates for a name.
    /// </summary>
    private static bool IsName(PropertyDefinition property, ObjectState system, HashSet<ObjectId> ids) =>
        property.Value.Kind == MooValueKind.Object
        && ids.Contains(property.Value.AsObject())
        && property.Owner == system.Owner
        && property.Permissions == PropertyPermissions.Read;

    /// <summary>The object's first <c>$</c>-name when it makes a safe, unambiguous file name, otherwise <c>o&lt;id&gt;</c>.</summary>
    private static string SlugOf(ObjectId id, ObjectReferences references) =>
        references.NameOf(id) is { } name && SafeSlug().IsMatch(name) && !NumberedSlug().IsMatch(name)
            ? name
            : "o" + id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex SafeSlug();

    [GeneratedRegex("^o[0-9]+$")]
    private static partial Regex NumberedSlug();
}
