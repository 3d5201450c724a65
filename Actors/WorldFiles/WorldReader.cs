using System.Collections.Immutable;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Reads a world tree (docs/world-format.md) into a <see cref="WorldImage"/>: parses
/// <c>world.json</c> and every object file, follows the verbs' file references, defines the
/// <c>$</c>-names on <c>#0</c>, derives unlisted contents and children, and checks the whole world
/// with <see cref="WorldValidator"/>. Every problem found is reported together; nothing is returned
/// from a world with any problem.
/// </summary>
public static class WorldReader
{
    /// <summary>The world file at the root of the tree.</summary>
    public const string WorldFileName = "world.json";

    /// <summary>The folder of object files.</summary>
    public const string ObjectsFolder = "objects";

    /// <summary>The value of <c>format</c> in <c>world.json</c>.</summary>
    public const string FormatName = "actormoo-world";

    /// <summary>The format version this release reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads and checks the world in <paramref name="files"/>.</summary>
    /// <exception cref="WorldFileException">The files do not describe a valid world; every problem is listed.</exception>
    public static WorldImage Read(WorldFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (nextId, names) = ReadWorldFile(files);
        var references = new ObjectReferences(names, WorldFileName);
        var problems = new List<string>();
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var objectReader = new ObjectFileReader(files, references, referenced);
        var objects = new List<ObjectFileReader.Result>();
        var sections = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);

        var nested = new List<string>();
        foreach (var (path, content) in files.Files)
        {
            if (path == WorldFileName || IsNote(path)) continue;
            if (IsObjectFile(path))
            {
                try
                {
                    objects.Add(objectReader.Read(path));
                }
                catch (WorldFileException e)
                {
                    problems.AddRange(e.Problems);
                }
            }
            else if (path.Contains('/'))
                nested.Add(path);
            else if (path.EndsWith(".json", StringComparison.Ordinal))
                sections.Add(path, content);
            else
                problems.Add($"{path}: unexpected file (the top level holds world.json, section .json files and .md notes).");
        }
        // Verb files are known only once every object file has named its own.
        problems.AddRange(nested.Where(path => !referenced.Contains(path)).Select(path => $"{path}: unexpected file (no object file refers to it)."));
        if (problems.Count > 0) throw new WorldFileException(problems);

        var states = Complete(objects, names, problems);
        if (problems.Count > 0) throw new WorldFileException(problems);
        problems.AddRange(WorldValidator.Check(nextId, states, objects.ToDictionary(o => o.State.Id, o => o.Path)));
        if (problems.Count > 0) throw new WorldFileException(problems);
        return new WorldImage(nextId, states, sections.ToImmutable());
    }

    private static (long NextId, IReadOnlyList<KeyValuePair<string, ObjectId>> Names) ReadWorldFile(WorldFileSet files)
    {
        var content = files.Find(WorldFileName) ?? throw new WorldFileException($"{WorldFileName} is missing: this is not a world tree.");
        using var document = WorldJson.Parse(content, WorldFileName);
        var fields = new JsonFields(document.RootElement, WorldFileName);
        var format = fields.RequiredString("format");
        if (format != FormatName) throw new WorldFileException($"{WorldFileName}: format '{format}' is not '{FormatName}'.");
        var version = fields.RequiredInteger("version");
        if (version != FormatVersion) throw new WorldFileException($"{WorldFileName}: format version {version} is not supported (this release reads version {FormatVersion}).");
        var nextId = fields.RequiredInteger("nextId");
        if (nextId < 0) throw new WorldFileException($"{WorldFileName}: nextId {nextId} must not be negative.");
        var names = new List<KeyValuePair<string, ObjectId>>();
        foreach (var (name, value) in fields.OptionalMembers("names"))
        {
            if (value.ValueKind != System.Text.Json.JsonValueKind.Number || !value.TryGetInt64(out var id))
                throw new WorldFileException($"{WorldFileName}: the $-name '{name}' must map to an object number.");
            names.Add(new(name, new ObjectId(id)));
        }
        fields.RefuseUnknownKeys();
        return (nextId, names);
    }

    /// <summary>Adds the <c>$</c>-name properties to <c>#0</c> and derives unlisted contents and children.</summary>
    private static ImmutableArray<ObjectState> Complete(List<ObjectFileReader.Result> objects, IReadOnlyList<KeyValuePair<string, ObjectId>> names, List<string> problems)
    {
        var byId = new Dictionary<ObjectId, ObjectState>();
        foreach (var o in objects)
        {
            if (!byId.TryAdd(o.State.Id, o.State))
                problems.Add($"{o.Path}: object {o.State.Id} is also defined by another file.");
        }
        var system = new ObjectId(0);
        if (names.Count > 0)
        {
            if (byId.TryGetValue(system, out var zero))
            {
                var defined = names.Select(n => new PropertyDefinition(n.Key, MooValue.Object(n.Value), zero.Owner, PropertyPermissions.Read));
                byId[system] = zero with { Properties = [.. defined, .. zero.Properties] };
            }
            else
            {
                problems.Add($"{WorldFileName}: $-names are properties of #0, but there is no object #0.");
            }
        }
        var contents = byId.Values.ToLookup(s => s.Location, s => s.Id);
        var children = byId.Values.SelectMany(s => s.Parents.Distinct().Select(parent => (Parent: parent, Child: s.Id))).ToLookup(p => p.Parent, p => p.Child);
        var results = new List<ObjectState>(byId.Count);
        foreach (var o in objects.DistinctBy(o => o.State.Id))
        {
            var state = byId[o.State.Id];
            if (!o.ListsContents)
                state = state with { Contents = [.. contents[state.Id].Order()] };
            if (!o.ListsChildren)
                state = state with { Children = [.. children[state.Id].Order()] };
            results.Add(state);
        }
        return [.. results.OrderBy(s => s.Id)];
    }

    private static bool IsObjectFile(string path) =>
        path.StartsWith(ObjectsFolder + "/", StringComparison.Ordinal) && path.Count(c => c == '/') == 1 && path.EndsWith(".json", StringComparison.Ordinal);

    private static bool IsNote(string path) => !path.Contains('/') && path.EndsWith(".md", StringComparison.Ordinal);
}
