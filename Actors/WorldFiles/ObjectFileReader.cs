using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Reads one <c>objects/&lt;slug&gt;.json</c> with its verbs' code and help files into an object
/// state (docs/world-format.md). Contents and children are left empty when the file does not list
/// them; <see cref="WorldReader"/> derives them once every object is read.
/// </summary>
internal sealed class ObjectFileReader(WorldFileSet files, ObjectReferences references, ISet<string> referencedFiles)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>An object as read, with what its file left to be derived.</summary>
    /// <param name="State">The state (contents/children empty when not listed).</param>
    /// <param name="Path">The object file.</param>
    /// <param name="ListsContents">True when the file lists the contents.</param>
    /// <param name="ListsChildren">True when the file lists the children.</param>
    public sealed record Result(ObjectState State, string Path, bool ListsContents, bool ListsChildren);

    /// <summary>Reads the object file at <paramref name="path"/>.</summary>
    /// <exception cref="WorldFileException">The file is not a valid object file.</exception>
    public Result Read(string path)
    {
        using var document = WorldJson.Parse(files.Find(path)!, path);
        var fields = new JsonFields(document.RootElement, path);
        var id = new ObjectId(fields.RequiredInteger("id"));
        var owner = Reference(fields.RequiredString("owner"), path);
        var contents = fields.StringsOrNull("contents");
        var children = fields.StringsOrNull("children");
        var directory = path[..^".json".Length];
        var state = new ObjectState
        {
            Id = id,
            Name = fields.RequiredString("name"),
            Aliases = [.. fields.OptionalStrings("aliases")],
            Owner = owner,
            Parents = [.. fields.OptionalStrings("parents").Select(p => Reference(p, path + ": parents"))],
            Location = Reference(fields.OptionalString("location", "#-1"), path + ": location"),
            Contents = contents is null ? [] : [.. contents.Select(c => Reference(c, path + ": contents"))],
            Children = children is null ? [] : [.. children.Select(c => Reference(c, path + ": children"))],
            Flags = ObjectFlagWords.Parse(fields.OptionalStrings("flags"), path),
            Properties = [.. fields.OptionalMembers("properties").Select(p => ReadProperty(p.Key, p.Value, owner, path))],
            Overrides = [.. fields.OptionalMembers("values").Select(v => new PropertyOverride(v.Key, WorldJson.ReadValue(v.Value, $"{path}: values.{v.Key}")))],
            Verbs = ReadVerbs(fields.OptionalArray("verbs"), owner, path, directory),
        };
        fields.RefuseUnknownKeys();
        return new Result(state with { NextVerbId = state.Verbs.IsEmpty ? 1 : state.Verbs.Max(v => v.Id) + 1 }, path, contents is not null, children is not null);
    }

    private PropertyDefinition ReadProperty(string name, JsonElement element, ObjectId objectOwner, string path)
    {
        var fields = new JsonFields(element, $"{path}: property '{name}'");
        var value = fields.Optional("value") is { } v ? WorldJson.ReadValue(v, fields.Where) : MooValue.Nil;
        var owner = fields.Optional("owner") is not null ? Reference(fields.RequiredString("owner"), fields.Where) : objectOwner;
        var permsText = fields.OptionalString("perms", "r");
        if (!PropertyPermissionsText.TryParse(permsText, out var perms))
            throw new WorldFileException($"{fields.Where}: perms '{permsText}' must be letters from rwc.");
        fields.RefuseUnknownKeys();
        return new PropertyDefinition(name, value, owner, perms);
    }

    private ImmutableArray<VerbDefinition> ReadVerbs(IReadOnlyList<JsonElement> elements, ObjectId objectOwner, string path, string directory)
    {
        var verbs = ImmutableArray.CreateBuilder<VerbDefinition>(elements.Count);
        var previousId = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            var fields = new JsonFields(elements[i], $"{path}: verb {i + 1}");
            var id = fields.Optional("id") is not null ? fields.RequiredInteger("id") : previousId + 1;
            if (id < 1 || id > int.MaxValue) throw new WorldFileException($"{fields.Where}: id {id} must be a positive 32-bit integer.");
            var names = fields.RequiredString("names");
            var argsText = fields.OptionalString("args", "this none this");
            if (!VerbArgSpec.TryParse(argsText, out var args))
                throw new WorldFileException($"{fields.Where} ({names}): args '{argsText}' must be 'dobj prep iobj' (this/any/none, a preposition or any/none).");
            var permsText = fields.OptionalString("perms", "rx");
            if (!VerbPermissionsText.TryParse(permsText, out var perms))
                throw new WorldFileException($"{fields.Where} ({names}): perms '{permsText}' must be letters from rwxd.");
            var owner = fields.Optional("owner") is not null ? Reference(fields.RequiredString("owner"), fields.Where) : objectOwner;
            var source = fields.Optional("code") is not null ? ReadText(directory, fields.RequiredString("code"), fields.Where) : "";
            var help = fields.Optional("help") is not null ? ReadText(directory, fields.RequiredString("help"), fields.Where) : null;
            fields.RefuseUnknownKeys();
            verbs.Add(new VerbDefinition((int)id, names, owner, perms, args, VerbHelp.Join(help, source), Version: 1));
            previousId = (int)id;
        }
        return verbs.MoveToImmutable();
    }

    /// <summary>The text of a verb's code or help file, named relative to the object's directory.</summary>
    private string ReadText(string directory, string name, string where)
    {
        if (name.Contains('/') || WorldFileSet.CheckPath(name) is not null)
            throw new WorldFileException($"{where}: '{name}' must be a plain file name in {directory}/.");
        var path = $"{directory}/{name}";
        var content = files.Find(path) ?? throw new WorldFileException($"{where}: the file {path} is missing.");
        referencedFiles.Add(path);
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new WorldFileException($"{path}: not valid UTF-8 text.");
        }
    }

    private ObjectId Reference(string text, string where) => references.Parse(text, where);
}
