namespace ActorMoo.Scripting.Sandbox;

/// <summary>
/// Input limits for library functions written in C: the VM hook cannot interrupt them, so a
/// single call must be bounded before it starts (shared/notes/lua-on-keralua.md, trap 7).
/// Functions that allocate their whole result up front (string.rep, string.format, table.concat)
/// are already bounded by the memory budget; the pattern matcher allocates nothing and needs these.
/// </summary>
public sealed class SandboxLimits
{
    /// <summary>Longest subject string accepted by find, match, gmatch and gsub.</summary>
    public int MaxPatternSubjectBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest pattern accepted.</summary>
    public int MaxPatternBytes { get; set; } = 1024;

    /// <summary>
    /// Upper bound on the matcher's work for one call (an estimate of backtracking steps, see
    /// <see cref="PatternGuard"/>); calls whose worst case exceeds it are refused.
    /// </summary>
    public long MaxPatternWork { get; set; } = 20_000_000;

    /// <summary>Rejects non-positive limits.</summary>
    public void Validate()
    {
        if (MaxPatternSubjectBytes <= 0 || MaxPatternBytes <= 0 || MaxPatternWork <= 0)
            throw new ArgumentOutOfRangeException(nameof(SandboxLimits), "sandbox limits must be positive");
    }
}
