using System.Text.Json;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Strict reading of one JSON object of a world file: each key at most once, only the keys the
/// format knows, and messages that say where (<c>objects/room.json: verb 2</c>) and what is wrong.
/// </summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Reads the members of <paramref name="element"/>, which must be a JSON object.</summary>
    /// <param name="element">The object.</param>
    /// <param name="where">Where it is, for messages.</param>
    /// <exception cref="WorldFileException">Not an object, or a key appears twice.</exception>
    public JsonFields(JsonElement element, string where)
    {
        Where = where;
        if (element.ValueKind != JsonValueKind.Object) throw new WorldFileException($"{where}: expected a JSON object, found {Kind(element)}.");
        foreach (var member in element.EnumerateObject())
        {
            if (!_fields.TryAdd(member.Name, member.Value)) throw new WorldFileException($"{where}: the key '{member.Name}' appears twice.");
        }
    }

    /// <summary>Where this object is, for messages.</summary>
    public string Where { get; }

    /// <summary>The member <paramref name="key"/>, or null when absent.</summary>
    public JsonElement? Optional(string key)
    {
        _used.Add(key);
        return _fields.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>The member <paramref name="key"/>.</summary>
    /// <exception cref="WorldFileException">It is missing.</exception>
    public JsonElement Required(string key) =>
        Optional(key) ?? throw new WorldFileException($"{Where}: the key '{key}' is missing.");

    /// <summary>The string member <paramref name="key"/>.</summary>
    public string RequiredString(string key) => AsString(Required(key), key);

    /// <summary>The string member <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public string OptionalString(string key, string fallback) => Optional(key) is { } value ? AsString(value, key) : fallback;

    /// <summary>The integer member <paramref name="key"/>.</summary>
    public long RequiredInteger(string key)
    {
        var value = Required(key);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : throw new WorldFileException($"{Where}: '{key}' must be an integer, found {Kind(value)}.");
    }

    /// <summary>The strings of the array member <paramref name="key"/>; empty when absent.</summary>
    public IReadOnlyList<string> OptionalStrings(string key) =>
        Optional(key) is { } value ? AsStrings(value, key) : [];

    /// <summary>The strings of the array member <paramref name="key"/>, or null when absent.</summary>
    public IReadOnlyList<string>? StringsOrNull(string key) =>
        Optional(key) is { } value ? AsStrings(value, key) : null;

    /// <summary>The members of the object member <paramref name="key"/>, in order, each name once; empty when absent.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> OptionalMembers(string key)
    {
        if (Optional(key) is not { } value) return [];
        if (value.ValueKind != JsonValueKind.Object) throw new WorldFileException($"{Where}: '{key}' must be a JSON object, found {Kind(value)}.");
        var members = new List<KeyValuePair<string, JsonElement>>();
        var seen = new HashSet<string>(Model.MooNames.Comparer);
        foreach (var member in value.EnumerateObject())
        {
            if (!seen.Add(member.Name)) throw new WorldFileException($"{Where}: '{key}' names '{member.Name}' twice (names ignore case).");
            members.Add(new(member.Name, member.Value));
        }
        return members;
    }

    /// <summary>The elements of the array member <paramref name="key"/>; empty when absent.</summary>
    public IReadOnlyList<JsonElement> OptionalArray(string key)
    {
        if (Optional(key) is not { } value) return [];
        if (value.ValueKind != JsonValueKind.Array) throw new WorldFileException($"{Where}: '{key}' must be an array, found {Kind(value)}.");
        return [.. value.EnumerateArray()];
    }

    /// <summary>Refuses keys that no getter asked for: a misspelt key must not pass silently.</summary>
    public void RefuseUnknownKeys()
    {
        var unknown = _fields.Keys.Where(key => !_used.Contains(key)).ToList();
        if (unknown.Count > 0) throw new WorldFileException($"{Where}: unknown key{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(k => $"'{k}'"))}.");
    }

    private IReadOnlyList<string> AsStrings(JsonElement value, string key)
    {
        if (value.ValueKind != JsonValueKind.Array) throw new WorldFileException($"{Where}: '{key}' must be an array of strings, found {Kind(value)}.");
        return [.. value.EnumerateArray().Select(item => AsString(item, key))];
    }

    private string AsString(JsonElement value, string key) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new WorldFileException($"{Where}: '{key}' must be a string (or strings), found {Kind(value)}.");

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
