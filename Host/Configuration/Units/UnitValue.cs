using System.Globalization;

namespace ActorMoo.Host.Configuration.Units;

/// <summary>
/// The HOCON "units format": optional whitespace, a number, optional whitespace, an optional unit
/// name made of letters, optional whitespace (<c>10ms</c>, <c>1.5 h</c>, <c>512K</c>).
/// </summary>
internal static class UnitValue
{
    /// <summary>Splits <paramref name="text"/> into its number and unit name (empty when there is none).</summary>
    public static bool TrySplit(string text, out decimal number, out string unit)
    {
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        int unitStart = span.Length;
        while (unitStart > 0 && char.IsLetter(span[unitStart - 1]))
        {
            unitStart--;
        }

        unit = span[unitStart..].ToString();
        ReadOnlySpan<char> digits = span[..unitStart].TrimEnd();
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out number) && digits.Length > 0;
    }

    /// <summary>Multiplies <paramref name="number"/> by <paramref name="factor"/> and rounds to a whole count, or fails on overflow.</summary>
    public static bool TryScale(decimal number, decimal factor, out long result)
    {
        result = 0;
        try
        {
            decimal scaled = decimal.Round(number * factor, MidpointRounding.AwayFromZero);
            if (scaled is < long.MinValue or > long.MaxValue)
            {
                return false;
            }

            result = (long)scaled;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
