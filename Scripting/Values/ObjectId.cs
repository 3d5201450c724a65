using System.Globalization;

namespace ActorMoo.Scripting.Values;

/// <summary>
/// The identity of a world object, written <c>#123</c> as in LambdaMOO. Scripting treats it as
/// an opaque number: what an object is, and whether it exists, is the world's business.
/// </summary>
/// <param name="Value">The object number; negative numbers are legal (MOO uses #-1 for "nothing").</param>
public readonly record struct ObjectId(long Value) : IComparable<ObjectId>
{
    /// <summary>The conventional "no object" reference, <c>#-1</c>.</summary>
    public static ObjectId Nothing { get; } = new(-1);

    /// <inheritdoc />
    public int CompareTo(ObjectId other) => Value.CompareTo(other.Value);

    /// <summary>Writes the MOO literal form, e.g. <c>#123</c>.</summary>
    public override string ToString() => "#" + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses the literal form <c>#123</c> (the leading <c>#</c> is required).</summary>
    public static bool TryParse(string? text, out ObjectId id)
    {
        id = default;
        if (text is not { Length: > 1 } || text[0] != '#') return false;
        if (!long.TryParse(text.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return false;
        id = new ObjectId(n);
        return true;
    }
}
