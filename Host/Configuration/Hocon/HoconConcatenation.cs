namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Values written next to each other on one line (<c>${base}/tasks</c>, <c>[1] [2]</c>,
/// <c>${defaults} { name = x }</c>), combined after substitution: simple values into one string
/// keeping the whitespace between them, arrays into one array, objects merged.
/// </summary>
internal sealed class HoconConcatenation : HoconValue
{
    public HoconConcatenation(IReadOnlyList<HoconValue> parts, IReadOnlyList<string> gaps, HoconOrigin origin)
        : base(origin)
    {
        Parts = parts;
        Gaps = gaps;
    }

    /// <summary>The values in order; at least two.</summary>
    public IReadOnlyList<HoconValue> Parts { get; }

    /// <summary><c>Gaps[i]</c> is the whitespace written between <c>Parts[i]</c> and <c>Parts[i + 1]</c>.</summary>
    public IReadOnlyList<string> Gaps { get; }

    internal override string KindName => "a concatenation";
}
