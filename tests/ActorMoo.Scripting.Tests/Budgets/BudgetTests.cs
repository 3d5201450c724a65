using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Budgets;

public sealed class BudgetTests
{
    private static ScriptBudget Unlimited(ScriptEngine engine) =>
        engine.Settings.Foreground with { Steps = long.MaxValue / 4, WallClock = TimeSpan.FromMinutes(5) };

    [Fact]
    public void Exact_mode_counts_vm_instructions_in_quanta()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.StepCounting = StepCounting.Exact));
        var run = TestHost.Run(engine, "local x = 0 for i = 1, 100000 do x = x + i end return x");
        Assert.Equal(ScriptRunStatus.Completed, run.Status);
        Assert.InRange(run.StepsUsed, 200_000, 210_000);
        Assert.Equal(0, run.StepsUsed % engine.Settings.ExactStepQuantum);
    }

    [Fact]
    public void Exact_mode_stops_a_loop_at_the_same_step_every_time()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.StepCounting = StepCounting.Exact));
        var budget = Unlimited(engine) with { Steps = 50_000 };
        var first = TestHost.Run(engine, "while true do end", budget);
        var second = TestHost.Run(engine, "while true do end", budget);
        Assert.Equal("budget.steps", first.Error!.Code);
        Assert.Equal(first.StepsUsed, second.StepsUsed);
        Assert.InRange(first.StepsUsed, 50_000, 51_000);
    }

    [Fact]
    public void The_step_budget_spans_resumes()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.StepCounting = StepCounting.Exact));
        var run = engine.Run(TestHost.Request(engine, "for i = 1, 60000 do end test.wait() for i = 1, 60000 do end return 'done'", Unlimited(engine) with { Steps = 100_000 }));
        Assert.Equal(ScriptRunStatus.Suspended, run.Status);
        run.Resume(HostResult.Ok());
        Assert.Equal("budget.steps", run.Error!.Code);
    }

    [Fact]
    public void Sampled_mode_charges_execution_time_as_steps()
    {
        using var engine = TestHost.CreateEngine();
        var run = TestHost.Run(engine, "while true do end", Unlimited(engine) with { Steps = 2_000_000 });
        Assert.Equal("budget.steps", run.Error!.Code);
        Assert.True(run.StepsUsed >= 2_000_000, $"{run.StepsUsed} steps charged");
    }

    // Regression: sampled counting charged wall time for stretches the CPU clock did not measure,
    // so a one-line verb descheduled on a loaded machine was killed with budget.steps.
    [Fact]
    public void Sampled_mode_charges_at_most_two_watchdog_intervals_for_wall_time_no_cpu_clock_measured()
    {
        Assert.True(ThreadCpuClock.IsSupported, "ActorMoo targets Linux, where per-thread CPU clocks exist");
        var clock = new ManualTimeProvider();
        using var watchdog = new ScriptWatchdog(clock, TimeSpan.FromMilliseconds(1), stepsPerMillisecond: 200_000);

        Assert.Equal(TimeSpan.FromMilliseconds(2).Ticks, watchdog.ChargeUnmeasured(TimeSpan.FromSeconds(1).Ticks));
        Assert.Equal(TimeSpan.FromMilliseconds(1).Ticks / 2, watchdog.ChargeUnmeasured(TimeSpan.FromMilliseconds(1).Ticks / 2));
    }

    [Fact]
    public void Sampled_mode_does_not_charge_a_preempted_run_for_time_it_did_not_run()
    {
        Assert.True(ThreadCpuClock.IsSupported, "ActorMoo targets Linux, where per-thread CPU clocks exist");
        var clock = new ManualTimeProvider();
        var stall = new HostFunctionTable("clock", "Simulates preemption: wall time passes, no CPU is used.",
        [
            new HostFunction("stall", "Advances the engine clock by one second.", (in HostCall _) =>
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                return HostResult.Ok();
            }),
        ]);
        using var engine = new ScriptEngine(TestHost.Settings(), [TestHost.Table, stall], [], clock);
        var budget = engine.Settings.Foreground with { WallClock = TimeSpan.FromMinutes(5) };

        var run = TestHost.Run(engine, "clock.stall() test.wait() return 'done'", budget);

        Assert.True(run.Status == ScriptRunStatus.Completed, run.Error?.ToString());
        Assert.True(run.StepsUsed < budget.Steps / 10, $"{run.StepsUsed:N0} steps charged for a one-line verb");
    }

    [Fact]
    public async Task The_watchdog_ends_a_run_past_its_wall_clock_budget()
    {
        var clock = new ManualTimeProvider();
        using var engine = TestHost.CreateEngine(time: clock);
        var budget = Unlimited(engine) with { WallClock = TimeSpan.FromSeconds(5) };
        var running = Task.Run(() => TestHost.Run(engine, "while true do end", budget));
        while (!running.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
        var run = await running;
        Assert.Equal("budget.time", run.Error!.Code);
        Assert.Contains("#1:test:1", run.Error.Traceback, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_spent_waiting_for_a_reply_counts_against_the_wall_clock()
    {
        var clock = new ManualTimeProvider();
        using var engine = TestHost.CreateEngine(time: clock);
        using var run = engine.Run(TestHost.Request(engine, "return test.wait()", Unlimited(engine) with { WallClock = TimeSpan.FromSeconds(3) }));
        Assert.Equal(TimeSpan.FromSeconds(3), run.RemainingTime);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(ScriptRunStatus.Failed, run.Resume(HostResult.Ok(1)));
        Assert.Equal("budget.time", run.Error!.Code);
    }

    [Fact]
    public void Memory_budget_is_per_run_and_shared_with_nested_calls()
    {
        using var engine = TestHost.CreateEngine();
        var budget = Unlimited(engine) with { MemoryBytes = 4 * 1024 * 1024 };
        var run = TestHost.Run(engine, "local keep = ('x'):rep(3 * 1024 * 1024) return test.call('return #((\"y\"):rep(2 * 1024 * 1024))')", budget);
        Assert.Equal("budget.memory", run.Error!.Code);
        Assert.Equal(MooValue.Integer(2 * 1024 * 1024), TestHost.Eval(engine, "return #(('y'):rep(2 * 1024 * 1024))"));
    }

    [Fact]
    public void Garbage_collected_in_an_emergency_does_not_count_as_over_budget()
    {
        using var engine = TestHost.CreateEngine();
        var budget = Unlimited(engine) with { MemoryBytes = 1024 * 1024 };
        var run = TestHost.Run(engine, "for i = 1, 200 do local s = ('x'):rep(300000) .. i end return 'ok'", budget);
        Assert.True(run.Status == ScriptRunStatus.Completed, run.Error?.ToString());
    }

    [Fact]
    public void Nested_calls_share_the_callers_step_budget()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.StepCounting = StepCounting.Exact));
        var run = TestHost.Run(engine, "for i = 1, 10 do test.call('for j = 1, 10000 do end') end return 'done'", Unlimited(engine) with { Steps = 100_000 });
        Assert.Equal("budget.steps", run.Error!.Code);
    }

    [Fact]
    public void Budget_errors_tell_the_player_plainly()
    {
        using var engine = TestHost.CreateEngine();
        var run = TestHost.Run(engine, "while true do end");
        Assert.True(run.Error!.IsBudgetExceeded);
        Assert.Equal("That took too many steps and was stopped.", run.Error.PlayerMessage);
    }
}
