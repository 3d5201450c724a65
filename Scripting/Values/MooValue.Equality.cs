using System.Globalization;
using System.Text;

namespace ActorMoo.Scripting.Values;

public readonly partial struct MooValue
{
    /// <summary>
    /// Structural equality: same kind and same content. An integer never equals a float (1 ≠ 1.0),
    /// floats compare with <see cref="double.Equals(double)"/> (NaN equals NaN, so values stay
    /// usable as dictionary keys), strings compare ordinally.
    /// </summary>
    public bool Equals(MooValue other)
    {
        if (Kind != other.Kind) return false;
        return Kind switch
        {
            MooValueKind.Nil => true,
            MooValueKind.Boolean or MooValueKind.Integer or MooValueKind.Object => _bits == other._bits,
            MooValueKind.Float => AsFloat().Equals(other.AsFloat()),
            MooValueKind.String => string.Equals((string)_ref!, (string)other._ref!, StringComparison.Ordinal),
            MooValueKind.List => ReferenceEquals(_ref, other._ref) || AsList().AsSpan().SequenceEqual(other.AsList().AsSpan()),
            MooValueKind.Map => ReferenceEquals(_ref, other._ref) || MapsEqual(AsMap(), other.AsMap()),
            _ => false,
        };
    }

    private static bool MapsEqual(IReadOnlyDictionary<MooValue, MooValue> a, IReadOnlyDictionary<MooValue, MooValue> b)
    {
        if (a.Count != b.Count) return false;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !value.Equals(other)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MooValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        switch (Kind)
        {
            case MooValueKind.Nil: return 0;
            case MooValueKind.Float: return HashCode.Combine(Kind, AsFloat());
            case MooValueKind.String: return HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode((string)_ref!));
            case MooValueKind.List:
            {
                var hash = new HashCode();
                hash.Add(Kind);
                foreach (var item in AsList()) hash.Add(item);
                return hash.ToHashCode();
            }
            case MooValueKind.Map:
            {
                var hash = new HashCode();
                hash.Add(Kind);
                foreach (var (key, value) in AsMap())
                {
                    hash.Add(key);
                    hash.Add(value);
                }
                return hash.ToHashCode();
            }
            default: return HashCode.Combine(Kind, _bits);
        }
    }

    /// <summary>Structural equality.</summary>
    public static bool operator ==(MooValue left, MooValue right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(MooValue left, MooValue right) => !left.Equals(right);

    /// <summary>
    /// A readable literal for logs, tests and the programmer's <c>;</c> output:
    /// <c>nil</c>, <c>true</c>, <c>42</c>, <c>1.5</c>, <c>"text"</c>, <c>#12</c>, <c>{1, 2}</c>, <c>["k" -> 1]</c>.
    /// </summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        switch (Kind)
        {
            case MooValueKind.Nil: builder.Append("nil"); break;
            case MooValueKind.Boolean: builder.Append(AsBoolean() ? "true" : "false"); break;
            case MooValueKind.Integer: builder.Append(_bits.ToString(CultureInfo.InvariantCulture)); break;
            case MooValueKind.Float: builder.Append(FormatFloat(AsFloat())); break;
            case MooValueKind.String: AppendQuoted(builder, AsString()); break;
            case MooValueKind.Object: builder.Append(AsObject().ToString()); break;
            case MooValueKind.List:
                builder.Append('{');
                var first = true;
                foreach (var item in AsList())
                {
                    if (!first) builder.Append(", ");
                    first = false;
                    item.Append(builder);
                }
                builder.Append('}');
                break;
            case MooValueKind.Map:
                builder.Append('[');
                var firstEntry = true;
                foreach (var (key, value) in AsMap())
                {
                    if (!firstEntry) builder.Append(", ");
                    firstEntry = false;
                    key.Append(builder);
                    builder.Append(" -> ");
                    value.Append(builder);
                }
                builder.Append(']');
                break;
        }
    }

    /// <summary>Formats a float so that it always reads back as a float ("1.0", not "1").</summary>
    internal static string FormatFloat(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".eE") >= 0 ? text : text + ".0";
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                default: builder.Append(c); break;
            }
        }
        builder.Append('"');
    }
}
