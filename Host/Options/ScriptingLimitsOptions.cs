using ActorMoo.Host.Configuration.Units;
using ActorMoo.Scripting.Sandbox;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Host.Options;

/// <summary>Limits on values passed between Lua and the world (<c>actormoo.scripting.marshal</c>).</summary>
public sealed class MarshalOptions
{
    /// <summary>Deepest nesting of lists and maps; a cyclic table fails here.</summary>
    [ConfigurationKeyName("max-depth")]
    public int MaxDepth { get; set; } = 32;

    /// <summary>Most list items and map entries in one value, over all levels.</summary>
    [ConfigurationKeyName("max-elements")]
    public int MaxElements { get; set; } = 100_000;

    /// <summary>Longest string, in bytes of UTF-8.</summary>
    [ConfigurationKeyName("max-string-bytes")]
    public ByteSize MaxStringBytes { get; set; } = ByteSize.FromMebibytes(4);

    /// <summary>The limits as the engine takes them (validated options only: the size is narrowed to <see cref="int"/>).</summary>
    public MarshalLimits ToMarshalLimits() => new()
    {
        MaxDepth = MaxDepth,
        MaxElements = MaxElements,
        MaxStringBytes = checked((int)MaxStringBytes.Bytes),
    };
}

/// <summary>Input limits of the Lua pattern matcher, which the VM cannot interrupt (<c>actormoo.scripting.sandbox</c>).</summary>
public sealed class SandboxOptions
{
    /// <summary>Longest subject of string.find, match, gmatch and gsub.</summary>
    [ConfigurationKeyName("max-pattern-subject-bytes")]
    public ByteSize MaxPatternSubjectBytes { get; set; } = ByteSize.FromMebibytes(1);

    /// <summary>Longest pattern.</summary>
    [ConfigurationKeyName("max-pattern-bytes")]
    public ByteSize MaxPatternBytes { get; set; } = ByteSize.FromKibibytes(1);

    /// <summary>Worst-case matcher work allowed for one call; calls above it fail with "pattern too complex".</summary>
    [ConfigurationKeyName("max-pattern-work")]
    public long MaxPatternWork { get; set; } = 20_000_000;

    /// <summary>The limits as the engine takes them (validated options only: the sizes are narrowed to <see cref="int"/>).</summary>
    public SandboxLimits ToSandboxLimits() => new()
    {
        MaxPatternSubjectBytes = checked((int)MaxPatternSubjectBytes.Bytes),
        MaxPatternBytes = checked((int)MaxPatternBytes.Bytes),
        MaxPatternWork = MaxPatternWork,
    };
}
