namespace ActorMoo.Scripting.Tests.Sandbox;

/// <summary>Which budget limits a hostile case runs under.</summary>
public enum CaseBudget
{
    /// <summary>The foreground defaults (steps bite first on runaway loops).</summary>
    Default,

    /// <summary>Unlimited steps and a short wall clock: the time budget must bite.</summary>
    TimeOnly,

    /// <summary>Unlimited steps and time: the memory budget must bite.</summary>
    MemoryOnly,

    /// <summary>A large memory budget, for cases that must end with a Lua error rather than a memory kill.</summary>
    RoomyMemory,

    /// <summary>A large memory budget and a short wall clock.</summary>
    RoomyMemoryShortTime,
}

/// <summary>One hostile script and the outcome it must have.</summary>
/// <param name="Name">Readable case name (shown by the test runner).</param>
/// <param name="Source">The verb source.</param>
/// <param name="Expected">An error code, or <c>completed</c>.</param>
/// <param name="MessagePart">Text the error message (or the result's string form) must contain, if any.</param>
/// <param name="Budget">The budget shape.</param>
public sealed record HostileScriptCase(string Name, string Source, string Expected, string? MessagePart = null, CaseBudget Budget = CaseBudget.Default)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
