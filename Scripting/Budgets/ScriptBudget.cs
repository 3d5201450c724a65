namespace ActorMoo.Scripting.Budgets;

/// <summary>
/// The limits one task's script run may use. Nested verb calls made by the run share it.
/// </summary>
/// <param name="Steps">
/// VM steps. How they are measured depends on <see cref="ScriptingSettings.StepCounting"/>:
/// sampled (default) charges execution time at <see cref="ScriptingSettings.StepsPerMillisecond"/>;
/// exact counts every VM instruction. See Scripting/README.md.
/// </param>
/// <param name="MemoryBytes">Bytes the run may hold in its Lua state beyond what the state held when the run started.</param>
/// <param name="WallClock">Time from the start of the run until it must have finished, including waits for async host calls.</param>
public sealed record ScriptBudget(long Steps, long MemoryBytes, TimeSpan WallClock)
{
    /// <summary>Rejects non-positive limits, which would kill every run at its first instruction.</summary>
    public void Validate(string name)
    {
        if (Steps <= 0) throw new ArgumentOutOfRangeException(name, $"{name}.steps must be positive");
        if (MemoryBytes < 64 * 1024) throw new ArgumentOutOfRangeException(name, $"{name}.memory must be at least 64 KiB");
        if (WallClock <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(name, $"{name}.wall-clock must be positive");
    }
}
