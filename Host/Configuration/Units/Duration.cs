using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActorMoo.Host.Configuration.Units;

/// <summary>
/// A configured length of time, written in the HOCON duration format: a number with an optional
/// lowercase unit — <c>ns</c>, <c>us</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c> or
/// their long forms (<c>seconds</c>, <c>minute</c>, …); a bare number is milliseconds. Options
/// properties of this type bind from configuration through <see cref="UnitTextConverter{T}"/>.
/// </summary>
/// <param name="Value">The length of time (100 ns resolution, as <see cref="TimeSpan"/>).</param>
[TypeConverter(typeof(UnitTextConverter<Duration>))]
public readonly record struct Duration(TimeSpan Value) : IComparable<Duration>, IUnitText<Duration>
{
    private static readonly Dictionary<string, decimal> TicksPerUnit = BuildUnits();

    /// <summary>A duration of zero.</summary>
    public static Duration Zero => default;

    /// <summary>Whether the duration is below zero.</summary>
    public bool IsNegative => Value < TimeSpan.Zero;

    /// <summary>A duration of <paramref name="milliseconds"/> milliseconds.</summary>
    public static Duration FromMilliseconds(long milliseconds) => new(TimeSpan.FromMilliseconds(milliseconds));

    /// <summary>A duration of <paramref name="seconds"/> seconds.</summary>
    public static Duration FromSeconds(long seconds) => new(TimeSpan.FromSeconds(seconds));

    /// <summary>A duration of <paramref name="minutes"/> minutes.</summary>
    public static Duration FromMinutes(long minutes) => new(TimeSpan.FromMinutes(minutes));

    /// <summary>Converts to the <see cref="TimeSpan"/> the runtime APIs take.</summary>
    public static implicit operator TimeSpan(Duration duration) => duration.Value;

    /// <summary>Parses the HOCON duration format.</summary>
    /// <exception cref="FormatException">The text is not a number with a known duration unit.</exception>
    public static Duration Parse(string text) =>
        TryParse(text, out Duration duration, out string? error) ? duration : throw new FormatException(error);

    /// <summary>Parses the HOCON duration format, describing the problem when it fails.</summary>
    public static bool TryParse(string? text, out Duration duration, [NotNullWhen(false)] out string? error)
    {
        duration = default;
        if (text is null || !UnitValue.TrySplit(text, out decimal number, out string unit))
        {
            error = $"'{text}' is not a duration; write a number and a unit such as 250ms, 10s, 5m, 2h or 1d";
            return false;
        }

        if (!TicksPerUnit.TryGetValue(unit, out decimal ticksPerUnit))
        {
            error = $"'{unit}' in '{text}' is not a duration unit; use ns, us, ms, s, m, h or d (lowercase)";
            return false;
        }

        if (!UnitValue.TryScale(number, ticksPerUnit, out long ticks))
        {
            error = $"'{text}' is too long a duration";
            return false;
        }

        duration = new Duration(TimeSpan.FromTicks(ticks));
        error = null;
        return true;
    }

    /// <summary>Whether <paramref name="left"/> is shorter/smaller than <paramref name="right"/>.</summary>
    public static bool operator <(Duration left, Duration right) => left.Value < right.Value;

    /// <summary>Whether <paramref name="left"/> is longer/larger than <paramref name="right"/>.</summary>
    public static bool operator >(Duration left, Duration right) => left.Value > right.Value;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(Duration left, Duration right) => left.Value <= right.Value;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(Duration left, Duration right) => left.Value >= right.Value;

    /// <inheritdoc />
    public int CompareTo(Duration other) => Value.CompareTo(other.Value);

    /// <summary>Renders the duration in the largest unit that represents it exactly (<c>90s</c>, <c>2m</c>, <c>250ms</c>).</summary>
    public override string ToString()
    {
        long ticks = Value.Ticks;
        foreach ((string unit, long perUnit) in new[] { ("d", TimeSpan.TicksPerDay), ("h", TimeSpan.TicksPerHour),
            ("m", TimeSpan.TicksPerMinute), ("s", TimeSpan.TicksPerSecond), ("ms", TimeSpan.TicksPerMillisecond), ("us", 10L) })
        {
            if (ticks != 0 && ticks % perUnit == 0)
            {
                return (ticks / perUnit).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return ticks == 0 ? "0s" : (ticks * 100).ToString(CultureInfo.InvariantCulture) + "ns";
    }

    /// <summary>The spec's unit names (case-sensitive, lowercase) mapped to 100 ns ticks; no unit means milliseconds.</summary>
    private static Dictionary<string, decimal> BuildUnits()
    {
        var units = new Dictionary<string, decimal>(StringComparer.Ordinal) { [""] = TimeSpan.TicksPerMillisecond };
        void Add(decimal ticks, params string[] names)
        {
            foreach (string name in names)
            {
                units[name] = ticks;
            }
        }

        Add(0.01m, "ns", "nanosecond", "nanoseconds");
        Add(10, "us", "microsecond", "microseconds");
        Add(TimeSpan.TicksPerMillisecond, "ms", "millisecond", "milliseconds");
        Add(TimeSpan.TicksPerSecond, "s", "second", "seconds");
        Add(TimeSpan.TicksPerMinute, "m", "minute", "minutes");
        Add(TimeSpan.TicksPerHour, "h", "hour", "hours");
        Add(TimeSpan.TicksPerDay, "d", "day", "days");
        return units;
    }
}
