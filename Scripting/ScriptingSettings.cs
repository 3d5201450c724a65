using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Sandbox;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting;

/// <summary>
/// Every tunable of the scripting engine, with the defaults of DESIGN §5. A plain settings
/// class so the host can bind it from <c>actormoo.scripting</c> in HOCON (hocon/reference.conf
/// documents each key) and tests can build it by hand.
/// </summary>
public sealed class ScriptingSettings
{
    /// <summary>Budget of runs started by a player's command.</summary>
    public ScriptBudget Foreground { get; set; } = new(10_000_000, 32L * 1024 * 1024, TimeSpan.FromSeconds(5));

    /// <summary>Budget of background runs (forks, timers, resumed suspended tasks).</summary>
    public ScriptBudget Background { get; set; } = new(5_000_000, 32L * 1024 * 1024, TimeSpan.FromSeconds(3));

    /// <summary>Maximum nesting of verb calls within one run, the top-level verb included.</summary>
    public int MaxCallDepth { get; set; } = 50;

    /// <summary>How steps are measured; see <see cref="Budgets.StepCounting"/>.</summary>
    public StepCounting StepCounting { get; set; } = StepCounting.Sampled;

    /// <summary>
    /// Sampled mode: steps charged per millisecond of CPU time spent running the task. The default
    /// is roughly what the Lua 5.4 VM executes per millisecond on a current server core, so a step
    /// stays close to a VM instruction.
    /// </summary>
    public long StepsPerMillisecond { get; set; } = 200_000;

    /// <summary>Exact mode: instructions between two calls of the count hook.</summary>
    public int ExactStepQuantum { get; set; } = 1000;

    /// <summary>How often the watchdog checks running scripts against their deadlines.</summary>
    public TimeSpan WatchdogInterval { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>Idle Lua states kept for reuse; more are closed when returned.</summary>
    public int MaxIdleStates { get; set; } = 8;

    /// <summary>Lua states alive at once (each running or suspended run holds one).</summary>
    public int MaxStates { get; set; } = 4096;

    /// <summary>Compiled verbs cached per state (least recently used are dropped).</summary>
    public int MaxCachedChunksPerState { get; set; } = 512;

    /// <summary>Largest verb source (and <c>load</c> chunk) accepted, in bytes: parsing cannot be interrupted.</summary>
    public int MaxSourceBytes { get; set; } = 256 * 1024;

    /// <summary>Limits on values crossing between Lua and the world.</summary>
    public MarshalLimits Marshal { get; set; } = new();

    /// <summary>Limits on library functions that the VM cannot interrupt.</summary>
    public SandboxLimits Sandbox { get; set; } = new();

    /// <summary>Checks every setting; throws with the offending key.</summary>
    public void Validate()
    {
        Foreground.Validate("foreground");
        Background.Validate("background");
        Positive(MaxCallDepth, "max-call-depth");
        Positive(StepsPerMillisecond, "steps-per-millisecond");
        Positive(ExactStepQuantum, "exact-step-quantum");
        Positive(MaxIdleStates, "max-idle-states");
        Positive(MaxStates, "max-states");
        Positive(MaxCachedChunksPerState, "max-cached-chunks-per-state");
        Positive(MaxSourceBytes, "max-source-bytes");
        if (WatchdogInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(WatchdogInterval), "watchdog-interval must be positive");
        Marshal.Validate();
        Sandbox.Validate();
    }

    private static void Positive(long value, string key)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(key, $"{key} must be positive");
    }
}
