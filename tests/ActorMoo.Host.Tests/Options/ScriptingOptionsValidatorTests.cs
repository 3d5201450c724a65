using ActorMoo.Host.Configuration.Units;
using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class ScriptingOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(ScriptingOptions options) => new ScriptingOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid_and_accepted_by_the_engine()
    {
        var options = new ScriptingOptions();

        Assert.True(Validate(options).Succeeded);
        options.ToScriptingSettings().Validate();
    }

    [Fact]
    public void Non_positive_budgets_are_each_reported_by_key()
    {
        var options = new ScriptingOptions
        {
            Foreground = new ScriptBudgetOptions { Steps = 0, Memory = ByteSize.FromKibibytes(32), WallClock = Duration.Zero },
            Background = new ScriptBudgetOptions { Steps = -1, Memory = ByteSize.FromMebibytes(1), WallClock = Duration.Parse("-1s") },
        };

        Assert.Equal(
            [
                "actormoo.scripting.foreground.steps = 0: must be at least 1 step",
                "actormoo.scripting.foreground.memory = 32KiB: must be at least 64KiB",
                "actormoo.scripting.foreground.wall-clock = 0s: must be a positive duration such as 1ms, 500ms or 5s",
                "actormoo.scripting.background.steps = -1: must be at least 1 step",
                "actormoo.scripting.background.wall-clock = -1s: must be a positive duration such as 1ms, 500ms or 5s",
            ],
            Validate(options).Failures);
    }

    [Fact]
    public void Every_non_positive_limit_is_reported()
    {
        var options = new ScriptingOptions
        {
            MaxCallDepth = 0,
            StepsPerMillisecond = 0,
            ExactStepQuantum = 0,
            WatchdogInterval = Duration.Zero,
            MaxIdleStates = 0,
            MaxStates = 0,
            MaxCachedChunksPerState = 0,
            MaxSourceBytes = new ByteSize(0),
            Marshal = new MarshalOptions { MaxDepth = 0, MaxElements = 0, MaxStringBytes = new ByteSize(0) },
            Sandbox = new SandboxOptions { MaxPatternSubjectBytes = new ByteSize(0), MaxPatternBytes = new ByteSize(0), MaxPatternWork = 0 },
        };

        string[] failures = [.. Validate(options).Failures!];

        Assert.Equal(14, failures.Length);
        Assert.Contains("actormoo.scripting.max-call-depth = 0: must be at least 1 verb call", failures);
        Assert.Contains("actormoo.scripting.watchdog-interval = 0s: must be a positive duration such as 1ms, 500ms or 5s", failures);
        Assert.Contains("actormoo.scripting.marshal.max-elements = 0: must be at least 1 element", failures);
        Assert.Contains("actormoo.scripting.sandbox.max-pattern-work = 0: must be at least 1 step of matcher work", failures);
    }

    [Fact]
    public void Sizes_the_engine_counts_in_an_int_must_stay_below_two_gibibytes()
    {
        var options = new ScriptingOptions
        {
            MaxSourceBytes = ByteSize.FromMebibytes(2048),
            Sandbox = new SandboxOptions { MaxPatternSubjectBytes = ScriptingOptionsValidator.MaximumIntSize },
        };

        Assert.Equal(
            ["actormoo.scripting.max-source-bytes = 2GiB: must be between 1B and 2147483647B (just under 2GiB)"],
            Validate(options).Failures);
    }
}
