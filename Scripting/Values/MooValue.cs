using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace ActorMoo.Scripting.Values;

/// <summary>
/// One world value: nil, boolean, integer, float, string, object reference, list or map.
/// Immutable and structurally equatable, so it can sit in messages, journal events and
/// property tables; serializable with System.Text.Json (see <see cref="MooValueJsonConverter"/>).
/// </summary>
/// <remarks>
/// A small struct (kind + 8 bytes + one reference) so that scalars never allocate. Lists and
/// maps own private arrays/dictionaries that are never handed out mutably.
/// </remarks>
[JsonConverter(typeof(MooValueJsonConverter))]
public readonly partial struct MooValue : IEquatable<MooValue>
{
    /// <summary>Payload of strings, lists (<c>MooValue[]</c>) and maps.</summary>
    private readonly object? _ref;

    /// <summary>Payload of booleans (0/1), integers, floats (raw bits) and object numbers.</summary>
    private readonly long _bits;

    private MooValue(MooValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    /// <summary>Which of the eight kinds this value is.</summary>
    public MooValueKind Kind { get; }

    /// <summary>The nil value (also <c>default(MooValue)</c>).</summary>
    public static MooValue Nil => default;

    /// <summary>The boolean true.</summary>
    public static MooValue True { get; } = new(MooValueKind.Boolean, 1, null);

    /// <summary>The boolean false.</summary>
    public static MooValue False { get; } = new(MooValueKind.Boolean, 0, null);

    /// <summary>The empty list.</summary>
    public static MooValue EmptyList { get; } = new(MooValueKind.List, 0, Array.Empty<MooValue>());

    /// <summary>The empty map.</summary>
    public static MooValue EmptyMap { get; } =
        new(MooValueKind.Map, 0, ImmutableSortedDictionary.Create<MooValue, MooValue>(MooValueComparer.Instance));

    /// <summary>True for nil.</summary>
    public bool IsNil => Kind == MooValueKind.Nil;

    /// <summary>A boolean value.</summary>
    public static MooValue Boolean(bool value) => value ? True : False;

    /// <summary>An integer value.</summary>
    public static MooValue Integer(long value) => new(MooValueKind.Integer, value, null);

    /// <summary>A float value (NaN and infinities are allowed and serialize as tagged strings).</summary>
    public static MooValue Float(double value) => new(MooValueKind.Float, BitConverter.DoubleToInt64Bits(value), null);

    /// <summary>A string value.</summary>
    public static MooValue String(string value) =>
        new(MooValueKind.String, 0, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>An object reference.</summary>
    public static MooValue Object(ObjectId id) => new(MooValueKind.Object, id.Value, null);

    /// <summary>A list of the given items (copied).</summary>
    public static MooValue List(IEnumerable<MooValue> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? EmptyList : new(MooValueKind.List, 0, array);
    }

    /// <summary>A list of the given items (copied).</summary>
    public static MooValue List(params ReadOnlySpan<MooValue> items) =>
        items.Length == 0 ? EmptyList : new(MooValueKind.List, 0, items.ToArray());

    /// <summary>A list that takes ownership of <paramref name="items"/>: the caller must not touch it again.</summary>
    internal static MooValue ListOwning(MooValue[] items) => items.Length == 0 ? EmptyList : new(MooValueKind.List, 0, items);

    /// <summary>A map of the given entries; keys must be valid map keys (see <see cref="IsValidMapKey"/>).</summary>
    /// <exception cref="ArgumentException">A key is nil, a list, a map or NaN, or appears twice.</exception>
    public static MooValue Map(IEnumerable<KeyValuePair<MooValue, MooValue>> entries)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<MooValue, MooValue>(MooValueComparer.Instance);
        foreach (var (key, value) in entries)
        {
            if (!IsValidMapKey(key)) throw new ArgumentException($"{key} cannot be a map key", nameof(entries));
            if (!builder.TryAdd(key, value)) throw new ArgumentException($"duplicate map key {key}", nameof(entries));
        }
        return builder.Count == 0 ? EmptyMap : new(MooValueKind.Map, 0, builder.ToImmutable());
    }

    /// <summary>
    /// Map keys are scalars that Lua can use as table keys and that compare stably: booleans,
    /// integers, non-NaN floats, strings and objects.
    /// </summary>
    public static bool IsValidMapKey(MooValue key) => key.Kind switch
    {
        MooValueKind.Boolean or MooValueKind.Integer or MooValueKind.String or MooValueKind.Object => true,
        MooValueKind.Float => !double.IsNaN(key.AsFloat()),
        _ => false,
    };

    /// <summary>The boolean payload.</summary>
    public bool AsBoolean() => Expect(MooValueKind.Boolean)._bits != 0;

    /// <summary>The integer payload.</summary>
    public long AsInteger() => Expect(MooValueKind.Integer)._bits;

    /// <summary>The float payload.</summary>
    public double AsFloat() => BitConverter.Int64BitsToDouble(Expect(MooValueKind.Float)._bits);

    /// <summary>The string payload.</summary>
    public string AsString() => (string)Expect(MooValueKind.String)._ref!;

    /// <summary>The object reference payload.</summary>
    public ObjectId AsObject() => new(Expect(MooValueKind.Object)._bits);

    /// <summary>The list items (a view, no copy).</summary>
    public ImmutableArray<MooValue> AsList() =>
        ImmutableCollectionsMarshal.AsImmutableArray((MooValue[])Expect(MooValueKind.List)._ref!);

    /// <summary>The map entries, sorted by key.</summary>
    public ImmutableSortedDictionary<MooValue, MooValue> AsMap() =>
        (ImmutableSortedDictionary<MooValue, MooValue>)Expect(MooValueKind.Map)._ref!;

    /// <summary>True for integers and floats.</summary>
    public bool IsNumber => Kind is MooValueKind.Integer or MooValueKind.Float;

    /// <summary>The numeric value of an integer or a float as a double.</summary>
    public double AsNumber() => Kind == MooValueKind.Integer ? _bits : AsFloat();

    /// <summary>Lua truthiness: everything except nil and false is true.</summary>
    public bool IsTruthy => Kind switch
    {
        MooValueKind.Nil => false,
        MooValueKind.Boolean => _bits != 0,
        _ => true,
    };

    /// <summary>The raw payload bits, for the marshaller.</summary>
    internal long Bits => _bits;

    /// <summary>The reference payload, for the marshaller and the comparer.</summary>
    internal object? Reference => _ref;

    private MooValue Expect(MooValueKind kind) =>
        Kind == kind ? this : throw new InvalidOperationException($"value is a {Kind}, not a {kind}");

    /// <summary>Implicit conversion from <see cref="bool"/>.</summary>
    public static implicit operator MooValue(bool value) => Boolean(value);

    /// <summary>Implicit conversion from <see cref="long"/>.</summary>
    public static implicit operator MooValue(long value) => Integer(value);

    /// <summary>Implicit conversion from <see cref="double"/>.</summary>
    public static implicit operator MooValue(double value) => Float(value);

    /// <summary>Implicit conversion from <see cref="string"/>; null becomes nil.</summary>
    public static implicit operator MooValue(string? value) => value is null ? Nil : String(value);

    /// <summary>Implicit conversion from <see cref="ObjectId"/>.</summary>
    public static implicit operator MooValue(ObjectId value) => Object(value);
}
