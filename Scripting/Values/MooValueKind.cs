namespace ActorMoo.Scripting.Values;

/// <summary>
/// The kinds of value the world stores in properties and passes to and from verbs. The order of
/// the members is the order used to sort values of different kinds (map keys, for instance).
/// </summary>
public enum MooValueKind : byte
{
    /// <summary>No value (Lua <c>nil</c>); the default of <see cref="MooValue"/>.</summary>
    Nil = 0,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A 64-bit signed integer (Lua integer subtype).</summary>
    Integer,

    /// <summary>A 64-bit IEEE float (Lua float subtype); kept distinct from integers.</summary>
    Float,

    /// <summary>Text, held as a .NET string and exchanged with Lua as UTF-8.</summary>
    String,

    /// <summary>A reference to a world object, <c>#123</c>.</summary>
    Object,

    /// <summary>An ordered list of values (a Lua sequence 1..n).</summary>
    List,

    /// <summary>A map from scalar keys to values, kept sorted by key so equal maps serialize equally.</summary>
    Map,
}
