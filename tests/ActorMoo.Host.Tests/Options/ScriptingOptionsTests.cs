using ActorMoo.Host.Configuration;
using ActorMoo.Host.Configuration.Units;
using ActorMoo.Host.Node;
using ActorMoo.Host.Options;
using ActorMoo.Host.Tests.Support;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

/// <summary><c>actormoo.scripting</c> binds from HOCON, can be overridden, and becomes the engine's <see cref="ScriptingSettings"/>.</summary>
public sealed class ScriptingOptionsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private ScriptingOptions Bind(Dictionary<string, string>? environment = null)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddActorMooConfiguration(TestEnvironment.Context(_directory.Path, environment)).Build();
        var options = new ScriptingOptions();
        OptionsSectionBinder.Bind(configuration, ScriptingOptions.SectionKey, options);
        return options;
    }

    [Fact]
    public void The_reference_defaults_map_to_the_engines_own_defaults()
    {
        ScriptingSettings mapped = Bind().ToScriptingSettings();
        var engineDefaults = new ScriptingSettings();

        Assert.Equal(engineDefaults.Foreground, mapped.Foreground);
        Assert.Equal(engineDefaults.Background, mapped.Background);
        Assert.Equal(
            (engineDefaults.MaxCallDepth, engineDefaults.StepCounting, engineDefaults.StepsPerMillisecond, engineDefaults.ExactStepQuantum, engineDefaults.WatchdogInterval),
            (mapped.MaxCallDepth, mapped.StepCounting, mapped.StepsPerMillisecond, mapped.ExactStepQuantum, mapped.WatchdogInterval));
        Assert.Equal(
            (engineDefaults.MaxIdleStates, engineDefaults.MaxStates, engineDefaults.MaxCachedChunksPerState, engineDefaults.MaxSourceBytes),
            (mapped.MaxIdleStates, mapped.MaxStates, mapped.MaxCachedChunksPerState, mapped.MaxSourceBytes));
        Assert.Equal(
            (engineDefaults.Marshal.MaxDepth, engineDefaults.Marshal.MaxElements, engineDefaults.Marshal.MaxStringBytes),
            (mapped.Marshal.MaxDepth, mapped.Marshal.MaxElements, mapped.Marshal.MaxStringBytes));
        Assert.Equal(
            (engineDefaults.Sandbox.MaxPatternSubjectBytes, engineDefaults.Sandbox.MaxPatternBytes, engineDefaults.Sandbox.MaxPatternWork),
            (mapped.Sandbox.MaxPatternSubjectBytes, mapped.Sandbox.MaxPatternBytes, mapped.Sandbox.MaxPatternWork));
    }

    [Fact]
    public void A_user_file_overrides_single_keys_and_keeps_the_other_defaults()
    {
        _directory.Write("hocon/actormoo.conf", """
            actormoo.scripting {
              foreground { steps = 20000000, memory = 64MiB }
              background.wall-clock = 750ms
              step-counting = exact
              max-source-bytes = 1MiB
              marshal.max-string-bytes = 512K
              sandbox.max-pattern-bytes = 2048
            }
            """);

        ScriptingOptions options = Bind();

        Assert.Equal((20_000_000L, ByteSize.FromMebibytes(64), Duration.FromSeconds(5)), (options.Foreground.Steps, options.Foreground.Memory, options.Foreground.WallClock));
        Assert.Equal((5_000_000L, Duration.FromMilliseconds(750)), (options.Background.Steps, options.Background.WallClock));
        Assert.Equal(StepCounting.Exact, options.StepCounting);
        Assert.Equal(ByteSize.FromMebibytes(1), options.MaxSourceBytes);
        Assert.Equal((ByteSize.FromKibibytes(512), 32), (options.Marshal.MaxStringBytes, options.Marshal.MaxDepth));
        Assert.Equal((new ByteSize(2048), 20_000_000L), (options.Sandbox.MaxPatternBytes, options.Sandbox.MaxPatternWork));
    }

    [Fact]
    public void A_key_can_be_taken_from_an_environment_variable_by_substitution()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.scripting.max-states = ${?MOO_SCRIPT_STATES}");

        Assert.Equal(4096, Bind().MaxStates);
        Assert.Equal(128, Bind(new Dictionary<string, string> { ["MOO_SCRIPT_STATES"] = "128" }).MaxStates);
    }

    [Fact]
    public void Misspelt_keys_and_malformed_values_are_reported_by_key()
    {
        _directory.Write("hocon/actormoo.conf", """
            actormoo.scripting {
              foreground { memory = "32 parsecs", wallclock = 5s }
              step-counting = fastest
            }
            """);

        var error = Assert.Throws<OptionsValidationException>(() => Bind());

        Assert.Contains(error.Failures, f => f.StartsWith("actormoo.scripting.foreground.memory = \"32 parsecs\": ", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("actormoo.scripting.foreground.wallclock: unknown key (the keys of actormoo.scripting.foreground are: memory, steps, wall-clock)", StringComparison.Ordinal));
        Assert.Contains("actormoo.scripting.step-counting = \"fastest\": must be one of Sampled, Exact", error.Failures);
    }

    [Fact]
    public void The_options_map_onto_every_scripting_setting()
    {
        var options = new ScriptingOptions
        {
            Foreground = new ScriptBudgetOptions { Steps = 11, Memory = ByteSize.FromKibibytes(100), WallClock = Duration.FromSeconds(12) },
            Background = new ScriptBudgetOptions { Steps = 13, Memory = ByteSize.FromKibibytes(200), WallClock = Duration.FromSeconds(14) },
            MaxCallDepth = 15,
            StepCounting = StepCounting.Exact,
            StepsPerMillisecond = 16,
            ExactStepQuantum = 17,
            WatchdogInterval = Duration.FromMilliseconds(18),
            MaxIdleStates = 19,
            MaxStates = 20,
            MaxCachedChunksPerState = 21,
            MaxSourceBytes = new ByteSize(22),
            Marshal = new MarshalOptions { MaxDepth = 23, MaxElements = 24, MaxStringBytes = new ByteSize(25) },
            Sandbox = new SandboxOptions { MaxPatternSubjectBytes = new ByteSize(26), MaxPatternBytes = new ByteSize(27), MaxPatternWork = 28 },
        };

        ScriptingSettings settings = options.ToScriptingSettings();

        Assert.Equal(new ScriptBudget(11, 100 * 1024, TimeSpan.FromSeconds(12)), settings.Foreground);
        Assert.Equal(new ScriptBudget(13, 200 * 1024, TimeSpan.FromSeconds(14)), settings.Background);
        Assert.Equal(
            (15, StepCounting.Exact, 16L, 17, TimeSpan.FromMilliseconds(18), 19, 20, 21, 22),
            (settings.MaxCallDepth, settings.StepCounting, settings.StepsPerMillisecond, settings.ExactStepQuantum, settings.WatchdogInterval,
                settings.MaxIdleStates, settings.MaxStates, settings.MaxCachedChunksPerState, settings.MaxSourceBytes));
        Assert.Equal((23, 24, 25), (settings.Marshal.MaxDepth, settings.Marshal.MaxElements, settings.Marshal.MaxStringBytes));
        Assert.Equal((26, 27, 28L), (settings.Sandbox.MaxPatternSubjectBytes, settings.Sandbox.MaxPatternBytes, settings.Sandbox.MaxPatternWork));
        settings.Validate();
    }

    [Fact]
    public void A_node_registers_the_configured_scripting_settings()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.scripting { max-call-depth = 30, foreground.steps = 1234 }");
        using IHost host = NodeHost.CreateBuilder(TestEnvironment.Context(_directory.Path)).Build();

        NodeHost.ValidateOptions(host.Services);
        ScriptingSettings settings = host.Services.GetRequiredService<ScriptingSettings>();

        Assert.Equal((30, 1234L), (settings.MaxCallDepth, settings.Foreground.Steps));
    }

    [Fact]
    public void A_node_with_an_invalid_scripting_budget_does_not_pass_its_startup_check()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.scripting.background.steps = 0");
        using IHost host = NodeHost.CreateBuilder(TestEnvironment.Context(_directory.Path)).Build();

        var error = Assert.ThrowsAny<Exception>(() => NodeHost.ValidateOptions(host.Services));

        Assert.Contains("actormoo.scripting.background.steps = 0: must be at least 1 step", error.Message, StringComparison.Ordinal);
    }
}
