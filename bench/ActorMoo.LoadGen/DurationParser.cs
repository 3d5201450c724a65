using System.Globalization;

namespace ActorMoo.LoadGen;

/// <summary>Reads durations as typed on the command line: <c>500ms</c>, <c>30s</c>, <c>2m</c>; a bare number is seconds.</summary>
public static class DurationParser
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a non-negative number with one of the units.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        string trimmed = text.Trim();
        (string number, double unitSeconds) = trimmed switch
        {
            _ when trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (trimmed[..^2], 0.001),
            _ when trimmed.EndsWith('s') => (trimmed[..^1], 1.0),
            _ when trimmed.EndsWith('m') => (trimmed[..^1], 60.0),
            _ => (trimmed, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
            || value * unitSeconds > TimeSpan.FromDays(1).TotalSeconds)
            return false;
        duration = TimeSpan.FromSeconds(value * unitSeconds);
        return true;
    }
}
