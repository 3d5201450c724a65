namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// One layer of a layered HOCON configuration: a file, a piece of text, or a set of override
/// values. A <see cref="HoconConfigurationSource"/> merges its inputs in order (later ones
/// override earlier ones by the spec's merge rules) before resolving substitutions once, so a
/// substitution in an earlier layer sees the values of later layers.
/// </summary>
public abstract class HoconInput
{
    private protected HoconInput()
    {
    }

    /// <summary>A configuration file. A missing optional file contributes nothing; a missing required one is an error.</summary>
    /// <param name="path">The file path; relative paths are relative to the working directory.</param>
    /// <param name="optional">Whether the file may be absent.</param>
    public static HoconInput FromFile(string path, bool optional = false) => new FileInput(path, optional);

    /// <summary>HOCON text that is not a file, such as an embedded <c>reference.conf</c>.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="sourceName">Name shown in error messages.</param>
    /// <param name="baseDirectory">Directory relative includes are resolved against; null forbids relative includes.</param>
    public static HoconInput FromText(string text, string sourceName, string? baseDirectory = null) =>
        new TextInput(text, sourceName, baseDirectory);

    /// <summary>
    /// Plain string values keyed by path expression (<c>actormoo.network.bind</c>), such as
    /// values taken from environment variables. They are not parsed as HOCON: a value is
    /// always the string given.
    /// </summary>
    /// <param name="values">Path expression to value.</param>
    /// <param name="sourceName">Name shown in error messages and origins.</param>
    public static HoconInput FromValues(IEnumerable<KeyValuePair<string, string>> values, string sourceName) =>
        new ValuesInput(values.ToList(), sourceName);

    /// <summary>Reads the input; null when an optional file is missing.</summary>
    internal abstract HoconObject? Load(HoconFileLoader loader);

    private sealed class FileInput(string path, bool optional) : HoconInput
    {
        internal override HoconObject? Load(HoconFileLoader loader) => loader.LoadFile(path, required: !optional);
    }

    private sealed class TextInput(string text, string sourceName, string? baseDirectory) : HoconInput
    {
        internal override HoconObject Load(HoconFileLoader loader) => loader.ParseText(text, sourceName, baseDirectory);
    }

    private sealed class ValuesInput(IReadOnlyList<KeyValuePair<string, string>> values, string sourceName) : HoconInput
    {
        internal override HoconObject Load(HoconFileLoader loader)
        {
            var origin = new HoconOrigin(sourceName, 1, 1);
            var root = new HoconObject(origin);
            foreach ((string key, string value) in values)
            {
                root.MergePath(HoconPath.Parse(key), HoconScalar.String(value, origin), origin);
            }

            return root;
        }
    }
}
