using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Tests.TestSupport;

namespace ActorMoo.Scripting.Tests.Sandbox;

/// <summary>One engine for the whole battery, so every case runs on the state the previous cases abused.</summary>
public sealed class HostileScriptEngineFixture : IDisposable
{
    public ScriptEngine Engine { get; } = TestHost.CreateEngine(TestHost.Settings(s => s.MaxIdleStates = 1));

    public void Dispose() => Engine.Dispose();
}

public sealed class HostileScriptTests(HostileScriptEngineFixture fixture) : IClassFixture<HostileScriptEngineFixture>
{
    private ScriptEngine Engine => fixture.Engine;

    [Fact]
    public void The_battery_has_at_least_fifty_cases() => Assert.True(HostileScripts.All.Count >= 50, $"{HostileScripts.All.Count} cases");

    [Theory]
    [MemberData(nameof(HostileScripts.Cases), MemberType = typeof(HostileScripts))]
    public void Hostile_script_ends_with_the_expected_outcome_and_leaves_the_state_usable(HostileScriptCase hostile)
    {
        var run = TestHost.Run(Engine, hostile.Source, BudgetFor(hostile.Budget));

        if (hostile.Expected == "completed")
        {
            Assert.True(run.Status == ScriptRunStatus.Completed, run.Error?.ToString());
            if (hostile.MessagePart is not null) Assert.Contains(hostile.MessagePart, run.Result.ToString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(ScriptRunStatus.Failed, run.Status);
            Assert.True(hostile.Expected == run.Error!.Code, $"expected {hostile.Expected}, got {run.Error}");
            if (hostile.MessagePart is not null) Assert.Contains(hostile.MessagePart, run.Error.Message, StringComparison.Ordinal);
        }

        // The same state serves the next run, with the sandbox intact and nothing left behind
        // (a state left full of garbage is first collected on the thread pool while idle).
        Assert.True(SpinWait.SpinUntil(() => Engine.Pool.PendingCollections == 0 && Engine.StatesIdle == 1, TimeSpan.FromSeconds(60)), "the state did not come back to the pool");
        var check = TestHost.Run(Engine, "leak = 'left behind' return string.upper('ok') .. tostring(rawget(_ENV, 'x')) .. (1 + 1)");
        Assert.Equal("\"OKnil2\"", check.Result.ToString());
        Assert.Equal(1, Engine.StatesAlive);
    }

    private ScriptBudget BudgetFor(CaseBudget shape) => shape switch
    {
        CaseBudget.TimeOnly => Engine.Settings.Foreground with { Steps = long.MaxValue / 4, WallClock = TimeSpan.FromMilliseconds(300) },
        CaseBudget.MemoryOnly => Engine.Settings.Foreground with { Steps = long.MaxValue / 4, WallClock = TimeSpan.FromSeconds(60) },
        CaseBudget.RoomyMemory => Engine.Settings.Foreground with { Steps = long.MaxValue / 4, MemoryBytes = 512L * 1024 * 1024, WallClock = TimeSpan.FromSeconds(60) },
        CaseBudget.RoomyMemoryShortTime => Engine.Settings.Foreground with { Steps = long.MaxValue / 4, MemoryBytes = 512L * 1024 * 1024, WallClock = TimeSpan.FromSeconds(1) },
        _ => Engine.Settings.Foreground,
    };
}
