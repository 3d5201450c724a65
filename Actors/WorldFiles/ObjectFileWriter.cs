using System.Text;
using System.Text.Json;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Writes one object as <c>objects/&lt;slug&gt;.json</c> plus its verbs' <c>.lua</c> and
/// <c>.help.md</c> files, in the fixed layout of docs/world-format.md: keys in order, defaults
/// left out, contents and children only when they are not in id order.
/// </summary>
internal sealed class ObjectFileWriter(ObjectReferences references, ILookup<ObjectId, ObjectId> located, ILookup<ObjectId, ObjectId> childrenOf)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Adds the object's files to <paramref name="files"/>.</summary>
    /// <param name="state">The object.</param>
    /// <param name="slug">Its file name without extension.</param>
    /// <param name="properties">The properties to write (#0's <c>$</c>-names are left out by the caller).</param>
    /// <param name="files">Where the files go.</param>
    public void Write(ObjectState state, string slug, IReadOnlyList<PropertyDefinition> properties, WorldFileSet files)
    {
        var verbFiles = new List<KeyValuePair<string, byte[]>>();
        var fileNames = new HashSet<string>(StringComparer.Ordinal);
        var json = WorldJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", state.Id.Value);
            writer.WriteString("name", state.Name);
            if (!state.Aliases.IsEmpty) WorldJson.WriteInlineStrings(writer, "aliases", state.Aliases);
            writer.WriteString("owner", references.Format(state.Owner));
            if (!state.Parents.IsEmpty) WorldJson.WriteInlineStrings(writer, "parents", state.Parents.Select(references.Format));
            if (state.Location != SpecialObjects.Nothing) writer.WriteString("location", references.Format(state.Location));
            if (!state.Contents.SequenceEqual(located[state.Id].Order())) WorldJson.WriteInlineStrings(writer, "contents", state.Contents.Select(references.Format));
            if (!state.Children.SequenceEqual(childrenOf[state.Id].Order())) WorldJson.WriteInlineStrings(writer, "children", state.Children.Select(references.Format));
            if (state.Flags != ObjectFlags.None) WorldJson.WriteInlineStrings(writer, "flags", ObjectFlagWords.Format(state.Flags));
            WriteProperties(writer, state, properties);
            if (!state.Overrides.IsEmpty)
            {
                writer.WriteStartObject("values");
                foreach (var value in state.Overrides)
                {
                    writer.WritePropertyName(value.Name);
                    WorldJson.WriteValue(writer, value.Value);
                }
                writer.WriteEndObject();
            }
            WriteVerbs(writer, state, slug, fileNames, verbFiles);
            writer.WriteEndObject();
        });
        files.Add($"{WorldReader.ObjectsFolder}/{slug}.json", json);
        foreach (var (path, content) in verbFiles) files.Add(path, content);
    }

    private void WriteProperties(Utf8JsonWriter writer, ObjectState state, IReadOnlyList<PropertyDefinition> properties)
    {
        if (properties.Count == 0) return;
        writer.WriteStartObject("properties");
        foreach (var property in properties)
        {
            writer.WriteStartObject(property.Name);
            writer.WritePropertyName("value");
            WorldJson.WriteValue(writer, property.Value);
            if (property.Owner != state.Owner) writer.WriteString("owner", references.Format(property.Owner));
            if (property.Permissions != PropertyPermissions.Read) writer.WriteString("perms", PropertyPermissionsText.Format(property.Permissions));
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private void WriteVerbs(Utf8JsonWriter writer, ObjectState state, string slug, HashSet<string> fileNames, List<KeyValuePair<string, byte[]>> verbFiles)
    {
        if (state.Verbs.IsEmpty) return;
        writer.WriteStartArray("verbs");
        var previousId = 0;
        foreach (var verb in state.Verbs)
        {
            writer.WriteStartObject();
            if (verb.Id != previousId + 1) writer.WriteNumber("id", verb.Id);
            previousId = verb.Id;
            writer.WriteString("names", verb.Names);
            var args = verb.ArgSpec.ToString();
            if (args != VerbArgSpec.ThisNoneThis.ToString()) writer.WriteString("args", args);
            if (verb.Owner != state.Owner) writer.WriteString("owner", references.Format(verb.Owner));
            if (verb.Permissions != (VerbPermissions.Read | VerbPermissions.Execute)) writer.WriteString("perms", VerbPermissionsText.Format(verb.Permissions));
            var (help, source) = VerbHelp.Split(verb.Code);
            if (source.Length > 0 || help is not null)
            {
                var baseName = UniqueFileName(verb.Names, fileNames);
                if (source.Length > 0)
                {
                    writer.WriteString("code", baseName + ".lua");
                    verbFiles.Add(new($"{WorldReader.ObjectsFolder}/{slug}/{baseName}.lua", Utf8.GetBytes(source)));
                }
                if (help is not null)
                {
                    writer.WriteString("help", baseName + ".help.md");
                    verbFiles.Add(new($"{WorldReader.ObjectsFolder}/{slug}/{baseName}.help.md", Utf8.GetBytes(help)));
                }
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The verb's first name made a safe, lower-case file name, with <c>-2</c>, <c>-3</c>… when already used on this object.</summary>
    private static string UniqueFileName(string names, HashSet<string> used)
    {
        var first = VerbNames.Split(names).FirstOrDefault() ?? "";
        var safe = new string([.. first.Replace("*", "", StringComparison.Ordinal).ToLowerInvariant()
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '@' ? c : '_')]);
        if (safe.Length == 0) safe = "verb";
        var name = safe;
        for (var n = 2; !used.Add(name); n++) name = $"{safe}-{n}";
        return name;
    }
}
