using ActorMoo.Host.Configuration.Units;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;

namespace ActorMoo.Host.Options;

/// <summary>
/// The scripting engine's budgets and limits (<c>actormoo.scripting</c> in reference.conf),
/// mapped onto the engine's own <see cref="ScriptingSettings"/> by <see cref="ToScriptingSettings"/>.
/// </summary>
public sealed class ScriptingOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:scripting";

    /// <summary>Budget of a task started by a player's command (<c>actormoo.scripting.foreground</c>).</summary>
    [ConfigurationKeyName("foreground")]
    public ScriptBudgetOptions Foreground { get; set; } = new() { Steps = 10_000_000, Memory = ByteSize.FromMebibytes(32), WallClock = Duration.FromSeconds(5) };

    /// <summary>Budget of forks, timers and resumed suspended tasks (<c>actormoo.scripting.background</c>).</summary>
    [ConfigurationKeyName("background")]
    public ScriptBudgetOptions Background { get; set; } = new() { Steps = 5_000_000, Memory = ByteSize.FromMebibytes(32), WallClock = Duration.FromSeconds(3) };

    /// <summary>Deepest nesting of verb calls in one task, the top-level verb included.</summary>
    [ConfigurationKeyName("max-call-depth")]
    public int MaxCallDepth { get; set; } = 50;

    /// <summary>How steps are measured: Sampled (CPU time × steps-per-millisecond) or Exact (a VM hook).</summary>
    [ConfigurationKeyName("step-counting")]
    public StepCounting StepCounting { get; set; } = StepCounting.Sampled;

    /// <summary>Sampled mode: steps charged per millisecond of CPU time.</summary>
    [ConfigurationKeyName("steps-per-millisecond")]
    public long StepsPerMillisecond { get; set; } = 200_000;

    /// <summary>Exact mode: instructions between two calls of the counting hook.</summary>
    [ConfigurationKeyName("exact-step-quantum")]
    public int ExactStepQuantum { get; set; } = 1000;

    /// <summary>How often the watchdog checks running tasks against their budgets.</summary>
    [ConfigurationKeyName("watchdog-interval")]
    public Duration WatchdogInterval { get; set; } = Duration.FromMilliseconds(1);

    /// <summary>Idle Lua states kept for reuse.</summary>
    [ConfigurationKeyName("max-idle-states")]
    public int MaxIdleStates { get; set; } = 8;

    /// <summary>Lua states alive at once; beyond it new tasks fail with script.busy.</summary>
    [ConfigurationKeyName("max-states")]
    public int MaxStates { get; set; } = 4096;

    /// <summary>Compiled verbs cached per state.</summary>
    [ConfigurationKeyName("max-cached-chunks-per-state")]
    public int MaxCachedChunksPerState { get; set; } = 512;

    /// <summary>Largest verb source (and <c>load()</c> chunk) compiled; parsing cannot be interrupted.</summary>
    [ConfigurationKeyName("max-source-bytes")]
    public ByteSize MaxSourceBytes { get; set; } = ByteSize.FromKibibytes(256);

    /// <summary>Limits on values passed between Lua and the world (<c>actormoo.scripting.marshal</c>).</summary>
    [ConfigurationKeyName("marshal")]
    public MarshalOptions Marshal { get; set; } = new();

    /// <summary>Input limits of library functions the VM cannot interrupt (<c>actormoo.scripting.sandbox</c>).</summary>
    [ConfigurationKeyName("sandbox")]
    public SandboxOptions Sandbox { get; set; } = new();

    /// <summary>
    /// The engine's settings. Call on validated options only: the sizes are narrowed to
    /// <see cref="int"/>, which <see cref="ScriptingOptionsValidator"/> guarantees they fit.
    /// </summary>
    public ScriptingSettings ToScriptingSettings() => new()
    {
        Foreground = Foreground.ToScriptBudget(),
        Background = Background.ToScriptBudget(),
        MaxCallDepth = MaxCallDepth,
        StepCounting = StepCounting,
        StepsPerMillisecond = StepsPerMillisecond,
        ExactStepQuantum = ExactStepQuantum,
        WatchdogInterval = WatchdogInterval,
        MaxIdleStates = MaxIdleStates,
        MaxStates = MaxStates,
        MaxCachedChunksPerState = MaxCachedChunksPerState,
        MaxSourceBytes = checked((int)MaxSourceBytes.Bytes),
        Marshal = Marshal.ToMarshalLimits(),
        Sandbox = Sandbox.ToSandboxLimits(),
    };
}

/// <summary>The limits of one kind of script task (<c>foreground</c> or <c>background</c>).</summary>
public sealed class ScriptBudgetOptions
{
    /// <summary>VM steps, about one Lua instruction each.</summary>
    [ConfigurationKeyName("steps")]
    public long Steps { get; set; }

    /// <summary>Memory the task's Lua state may hold beyond what it held when the task started.</summary>
    [ConfigurationKeyName("memory")]
    public ByteSize Memory { get; set; }

    /// <summary>Time from the start of the task until it must have finished, waits for other objects included.</summary>
    [ConfigurationKeyName("wall-clock")]
    public Duration WallClock { get; set; }

    /// <summary>The budget as the engine takes it.</summary>
    public ScriptBudget ToScriptBudget() => new(Steps, Memory.Bytes, WallClock);
}
