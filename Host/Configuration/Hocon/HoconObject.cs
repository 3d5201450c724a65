using System.Diagnostics.CodeAnalysis;

namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// A HOCON object: fields in the order they were first defined. Defining a field twice merges
/// the two values by the spec's rules (<see cref="HoconMerge"/>): objects merge recursively,
/// anything else replaces the earlier value.
/// </summary>
public sealed class HoconObject : HoconValue
{
    private readonly OrderedDictionary<string, HoconValue> _fields = new(StringComparer.Ordinal);

    internal HoconObject(HoconOrigin origin)
        : base(origin)
    {
    }

    /// <summary>The fields in definition order.</summary>
    public IEnumerable<KeyValuePair<string, HoconValue>> Fields => _fields;

    /// <summary>The number of fields.</summary>
    public int Count => _fields.Count;

    internal override string KindName => "an object";

    /// <summary>Gets the field named <paramref name="key"/> (one path element, not a path).</summary>
    public bool TryGetField(string key, [MaybeNullWhen(false)] out HoconValue value) =>
        _fields.TryGetValue(key, out value);

    /// <summary>
    /// Finds the value at a path expression such as <c>actormoo.network</c>, or
    /// <see langword="null"/> when any element is missing or not an object.
    /// </summary>
    public HoconValue? Find(string pathExpression) => Find(HoconPath.Parse(pathExpression));

    /// <summary>Finds the value at <paramref name="path"/>, or <see langword="null"/> when it is absent.</summary>
    public HoconValue? Find(HoconPath path)
    {
        HoconValue current = this;
        foreach (string segment in path.Segments)
        {
            if (current is not HoconObject obj || !obj.TryGetField(segment, out HoconValue? next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>Defines <paramref name="key"/>, merging with an earlier definition.</summary>
    internal void MergeField(string key, HoconValue value)
    {
        _fields.TryGetValue(key, out HoconValue? existing);
        _fields[key] = HoconMerge.Merge(existing, value);
    }

    /// <summary>
    /// Defines the value at a multi-element key: <c>a.b.c = v</c> is <c>a { b { c = v } }</c>,
    /// merged into this object like any other definition.
    /// </summary>
    internal void MergePath(HoconPath path, HoconValue value, HoconOrigin origin)
    {
        HoconValue nested = value;
        for (int i = path.Count - 1; i >= 1; i--)
        {
            var wrapper = new HoconObject(origin);
            wrapper.MergeField(path.Segments[i], nested);
            nested = wrapper;
        }

        MergeField(path.Segments[0], nested);
    }

    /// <summary>Sets a field of a resolved object, replacing any earlier value.</summary>
    internal void Set(string key, HoconValue value) => _fields[key] = value;
}
