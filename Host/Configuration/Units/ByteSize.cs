using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActorMoo.Host.Configuration.Units;

/// <summary>
/// A configured size in bytes, written in the HOCON size format: a number with an optional
/// unit; a bare number is bytes. Powers of two: <c>K</c>/<c>k</c>/<c>Ki</c>/<c>KiB</c>,
/// <c>M</c>/<c>MiB</c>, <c>G</c>/<c>GiB</c>, … (as <c>java -Xmx</c> and GNU tools read
/// <c>512K</c>). Powers of ten: <c>kB</c>/<c>KB</c>, <c>MB</c>, <c>GB</c>, …. Long forms
/// (<c>kibibytes</c>, <c>megabyte</c>) work too. Binds through <see cref="UnitTextConverter{T}"/>.
/// </summary>
/// <param name="Bytes">The size in bytes.</param>
[TypeConverter(typeof(UnitTextConverter<ByteSize>))]
public readonly record struct ByteSize(long Bytes) : IComparable<ByteSize>, IUnitText<ByteSize>
{
    private static readonly Dictionary<string, decimal> BytesPerUnit = BuildUnits();

    /// <summary>Units used by <see cref="ToString"/>, largest first.</summary>
    private static readonly (string Unit, long Bytes)[] RenderUnits =
    [
        ("EiB", 1L << 60), ("PiB", 1L << 50), ("TiB", 1L << 40), ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10),
        ("EB", 1_000_000_000_000_000_000), ("PB", 1_000_000_000_000_000), ("TB", 1_000_000_000_000),
        ("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1_000),
    ];

    /// <summary>A size of <paramref name="kibibytes"/> × 1024 bytes.</summary>
    public static ByteSize FromKibibytes(long kibibytes) => new(checked(kibibytes * 1024));

    /// <summary>A size of <paramref name="mebibytes"/> × 1024² bytes.</summary>
    public static ByteSize FromMebibytes(long mebibytes) => new(checked(mebibytes * 1024 * 1024));

    /// <summary>Parses the HOCON size format.</summary>
    /// <exception cref="FormatException">The text is not a number with a known size unit.</exception>
    public static ByteSize Parse(string text) =>
        TryParse(text, out ByteSize size, out string? error) ? size : throw new FormatException(error);

    /// <summary>Parses the HOCON size format, describing the problem when it fails.</summary>
    public static bool TryParse(string? text, out ByteSize size, [NotNullWhen(false)] out string? error)
    {
        size = default;
        if (text is null || !UnitValue.TrySplit(text, out decimal number, out string unit))
        {
            error = $"'{text}' is not a size; write a number and a unit such as 512K, 64MiB, 10MB or 2G";
            return false;
        }

        if (!BytesPerUnit.TryGetValue(unit, out decimal bytesPerUnit))
        {
            error = $"'{unit}' in '{text}' is not a size unit; use B, K/KiB, M/MiB, G/GiB, T/TiB (powers of 1024) or kB, MB, GB, TB (powers of 1000)";
            return false;
        }

        if (!UnitValue.TryScale(number, bytesPerUnit, out long bytes))
        {
            error = $"'{text}' is too large a size";
            return false;
        }

        size = new ByteSize(bytes);
        error = null;
        return true;
    }

    /// <summary>Whether <paramref name="left"/> is shorter/smaller than <paramref name="right"/>.</summary>
    public static bool operator <(ByteSize left, ByteSize right) => left.Bytes < right.Bytes;

    /// <summary>Whether <paramref name="left"/> is longer/larger than <paramref name="right"/>.</summary>
    public static bool operator >(ByteSize left, ByteSize right) => left.Bytes > right.Bytes;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(ByteSize left, ByteSize right) => left.Bytes <= right.Bytes;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(ByteSize left, ByteSize right) => left.Bytes >= right.Bytes;

    /// <inheritdoc />
    public int CompareTo(ByteSize other) => Bytes.CompareTo(other.Bytes);

    /// <summary>Renders the size in the largest unit that represents it exactly (<c>64MiB</c>, <c>10MB</c>, <c>1500B</c>).</summary>
    public override string ToString()
    {
        foreach ((string unit, long perUnit) in RenderUnits)
        {
            if (Bytes != 0 && Bytes % perUnit == 0)
            {
                return (Bytes / perUnit).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return Bytes.ToString(CultureInfo.InvariantCulture) + "B";
    }

    /// <summary>The spec's size unit names (case-sensitive) mapped to bytes.</summary>
    private static Dictionary<string, decimal> BuildUnits()
    {
        var units = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (string name in new[] { "", "B", "b", "byte", "bytes" })
        {
            units[name] = 1;
        }

        string[] decimalPrefixes = ["k", "M", "G", "T", "P", "E", "Z", "Y"];
        string[] decimalNames = ["kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"];
        string[] binaryNames = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi"];
        decimal powerOfTen = 1;
        decimal powerOfTwo = 1;
        for (int i = 0; i < decimalPrefixes.Length; i++)
        {
            powerOfTen *= 1000;
            powerOfTwo *= 1024;
            string upper = decimalPrefixes[i].ToUpperInvariant();
            string lower = upper.ToLowerInvariant();
            foreach (string name in new[] { decimalPrefixes[i] + "B", upper + "B", decimalNames[i] + "byte", decimalNames[i] + "bytes" })
            {
                units[name] = powerOfTen;
            }

            foreach (string name in new[] { upper, lower, upper + "i", upper + "iB", binaryNames[i] + "byte", binaryNames[i] + "bytes" })
            {
                units[name] = powerOfTwo;
            }
        }

        return units;
    }
}
