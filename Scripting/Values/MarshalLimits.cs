namespace ActorMoo.Scripting.Values;

/// <summary>
/// Limits on a value converted from Lua to a <see cref="MooValue"/> (host-function arguments,
/// verb results). They stop cyclic and absurdly large tables from reaching the world.
/// </summary>
public sealed class MarshalLimits
{
    /// <summary>Deepest nesting of lists and maps (a cyclic table fails here).</summary>
    public int MaxDepth { get; set; } = 32;

    /// <summary>Most list items and map entries in one value, counted over all levels.</summary>
    public int MaxElements { get; set; } = 100_000;

    /// <summary>Longest string in bytes of UTF-8.</summary>
    public int MaxStringBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Rejects non-positive limits.</summary>
    public void Validate()
    {
        if (MaxDepth <= 0 || MaxElements <= 0 || MaxStringBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(MarshalLimits), "marshal limits must be positive");
    }
}
