using ActorMoo.Host.Configuration.Units;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>
/// Checks <see cref="ScriptingOptions"/> against everything <c>ScriptingSettings.Validate</c>
/// requires, so a node that starts never has its scripting engine refuse its settings later.
/// </summary>
public sealed class ScriptingOptionsValidator : IValidateOptions<ScriptingOptions>
{
    /// <summary>Smallest memory budget: a fresh task needs some room before its first instruction.</summary>
    public static readonly ByteSize MinimumMemoryBudget = ByteSize.FromKibibytes(64);

    /// <summary>Largest size the engine accepts where it counts bytes in an <see cref="int"/>.</summary>
    public static readonly ByteSize MaximumIntSize = new(int.MaxValue);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ScriptingOptions options)
    {
        var problems = new ValidationProblems("actormoo.scripting");
        CheckBudget(problems, "foreground", options.Foreground);
        CheckBudget(problems, "background", options.Background);
        AtLeastOne(problems, "max-call-depth", options.MaxCallDepth, "verb call");
        AtLeastOne(problems, "steps-per-millisecond", options.StepsPerMillisecond, "step");
        AtLeastOne(problems, "exact-step-quantum", options.ExactStepQuantum, "instruction");
        PositiveDuration(problems, "watchdog-interval", options.WatchdogInterval);
        AtLeastOne(problems, "max-idle-states", options.MaxIdleStates, "state");
        AtLeastOne(problems, "max-states", options.MaxStates, "state");
        AtLeastOne(problems, "max-cached-chunks-per-state", options.MaxCachedChunksPerState, "chunk");
        IntSize(problems, "max-source-bytes", options.MaxSourceBytes);

        AtLeastOne(problems, "marshal.max-depth", options.Marshal.MaxDepth, "level");
        AtLeastOne(problems, "marshal.max-elements", options.Marshal.MaxElements, "element");
        IntSize(problems, "marshal.max-string-bytes", options.Marshal.MaxStringBytes);

        IntSize(problems, "sandbox.max-pattern-subject-bytes", options.Sandbox.MaxPatternSubjectBytes);
        IntSize(problems, "sandbox.max-pattern-bytes", options.Sandbox.MaxPatternBytes);
        AtLeastOne(problems, "sandbox.max-pattern-work", options.Sandbox.MaxPatternWork, "step of matcher work");
        return problems.ToResult();
    }

    /// <summary>A budget of zero would end every task at its first instruction.</summary>
    private static void CheckBudget(ValidationProblems problems, string budget, ScriptBudgetOptions options)
    {
        AtLeastOne(problems, $"{budget}.steps", options.Steps, "step");
        if (options.Memory < MinimumMemoryBudget)
        {
            problems.Add($"{budget}.memory", options.Memory, $"must be at least {MinimumMemoryBudget}");
        }

        PositiveDuration(problems, $"{budget}.wall-clock", options.WallClock);
    }

    private static void AtLeastOne(ValidationProblems problems, string key, long value, string unit)
    {
        if (value < 1)
        {
            problems.Add(key, value, $"must be at least 1 {unit}");
        }
    }

    private static void PositiveDuration(ValidationProblems problems, string key, Duration duration)
    {
        if (duration <= Duration.Zero)
        {
            problems.Add(key, duration, "must be a positive duration such as 1ms, 500ms or 5s");
        }
    }

    /// <summary>The engine counts these sizes in an <see cref="int"/>.</summary>
    private static void IntSize(ValidationProblems problems, string key, ByteSize size)
    {
        if (size.Bytes < 1 || size > MaximumIntSize)
        {
            problems.Add(key, size, $"must be between 1B and {MaximumIntSize.Bytes}B (just under 2GiB)");
        }
    }
}
