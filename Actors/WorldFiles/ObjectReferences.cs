using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// Object references in world files: <c>#12</c>, or <c>$room</c> for an object with a
/// <c>$</c>-name. The writer writes an object's first <c>$</c>-name when it has one.
/// </summary>
internal sealed class ObjectReferences
{
    /// <summary>The objects by <c>$</c>-name (names ignore case).</summary>
    private readonly Dictionary<string, ObjectId> _byName = new(MooNames.Comparer);

    /// <summary>Each named object's first name, for writing.</summary>
    private readonly Dictionary<ObjectId, string> _firstName = [];

    /// <summary>Creates the table from the <c>$</c>-names in order.</summary>
    /// <exception cref="WorldFileException">A name appears twice (names ignore case) or is empty.</exception>
    public ObjectReferences(IEnumerable<KeyValuePair<string, ObjectId>> names, string where)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var (name, id) in names)
        {
            if (NameRules.CheckPropertyName(name) is { IsAllowed: false } bad) throw new WorldFileException($"{where}: the $-name '{name}' is not allowed: {bad}");
            if (!_byName.TryAdd(name, id)) throw new WorldFileException($"{where}: the $-name '{name}' appears twice (names ignore case).");
            _firstName.TryAdd(id, name);
        }
    }

    /// <summary>The object's first <c>$</c>-name, or null.</summary>
    public string? NameOf(ObjectId id) => _firstName.GetValueOrDefault(id);

    /// <summary><c>$name</c> when the object has a name, otherwise <c>#N</c>.</summary>
    public string Format(ObjectId id) => NameOf(id) is { } name ? "$" + name : id.ToString();

    /// <summary>Reads <c>#N</c> or <c>$name</c>.</summary>
    /// <exception cref="WorldFileException">Neither form, or an unknown name.</exception>
    public ObjectId Parse(string text, string where)
    {
        if (text.StartsWith('$'))
        {
            return _byName.TryGetValue(text[1..], out var named)
                ? named
                : throw new WorldFileException($"{where}: '{text}' is not a $-name listed in world.json.");
        }
        return ObjectId.TryParse(text, out var id)
            ? id
            : throw new WorldFileException($"{where}: '{text}' is not an object reference (write #12 or $name).");
    }
}
