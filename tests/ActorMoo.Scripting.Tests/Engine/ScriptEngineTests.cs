using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Engine;

public sealed class ScriptEngineTests : IDisposable
{
    private readonly ScriptEngine _engine = TestHost.CreateEngine();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Run_returns_the_verbs_first_return_value() =>
        Assert.Equal(MooValue.Integer(3), TestHost.Eval(_engine, "return 1 + 2, 'ignored'"));

    [Fact]
    public void Verb_receives_its_globals_and_arguments()
    {
        var request = TestHost.Request(_engine, "local a, b = ... return who .. ':' .. a .. ':' .. b .. ':' .. tostring(this)") with
        {
            Globals = new Dictionary<string, MooValue> { ["who"] = "wizard", ["this"] = new ObjectId(12) },
            Args = [1, "two"],
        };
        using var run = _engine.Run(request);
        Assert.Equal(MooValue.String("wizard:1:two:#12"), run.Result);
    }

    [Fact]
    public void Globals_set_by_one_run_are_invisible_to_the_next()
    {
        TestHost.Eval(_engine, "leaked = 'secret' _G.also = 1");
        Assert.Equal(MooValue.String("nilnil"), TestHost.Eval(_engine, "return tostring(leaked) .. tostring(also)"));
    }

    [Fact]
    public void Suspended_runs_do_not_see_each_others_globals()
    {
        using var first = _engine.Run(TestHost.Request(_engine, "mine = 'first' test.wait() return mine"));
        using var second = _engine.Run(TestHost.Request(_engine, "mine = 'second' test.wait() return mine"));
        Assert.Equal(ScriptRunStatus.Suspended, first.Status);
        Assert.Equal(ScriptRunStatus.Suspended, second.Status);
        first.Resume(default);
        second.Resume(default);
        Assert.Equal(MooValue.String("first"), first.Result);
        Assert.Equal(MooValue.String("second"), second.Result);
    }

    [Fact]
    public void Syntax_errors_fail_before_running_with_the_verb_name_and_line()
    {
        using var run = _engine.Start(TestHost.Request(_engine, "local x = 1\nlocal y = = 2"));
        Assert.Equal(ScriptRunStatus.Failed, run.Status);
        Assert.Equal("script.syntax", run.Error!.Code);
        Assert.StartsWith("#1:test:2:", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbalanced_end_cannot_escape_the_verb_wrapper()
    {
        using var run = _engine.Start(TestHost.Request(_engine, "end local x = 1 return function() "));
        Assert.Equal("script.syntax", run.Error!.Code);
    }

    [Fact]
    public void Runtime_errors_carry_a_traceback_with_verb_names_and_lines_and_a_short_player_message()
    {
        var run = TestHost.Run(_engine, "local function inner()\n  local t = nil\n  return t.x\nend\nlocal r = inner()\nreturn r");
        Assert.Equal("script.runtime", run.Error!.Code);
        Assert.StartsWith("#1:test:3: attempt to index a nil value", run.Error.Message, StringComparison.Ordinal);
        Assert.Contains("#1:test:3:", run.Error.Traceback, StringComparison.Ordinal);
        Assert.Contains("#1:test:5:", run.Error.Traceback, StringComparison.Ordinal);
        Assert.DoesNotContain("[sandbox]", run.Error.Traceback, StringComparison.Ordinal);
        Assert.StartsWith("attempt to index a nil value", run.Error.PlayerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_raised_with_non_string_values_are_described_without_running_metamethods()
    {
        Assert.Equal("42", TestHost.Run(_engine, "error(42)").Error!.Message);
        Assert.Equal("(error object is a table value)", TestHost.Run(_engine, "error({})").Error!.Message);
    }

    [Fact]
    public void States_are_pooled_and_reused_across_runs()
    {
        for (var i = 0; i < 20; i++) TestHost.Eval(_engine, "return 1");
        Assert.Equal(1, _engine.StatesAlive);
        Assert.Equal(1, _engine.StatesIdle);
    }

    [Fact]
    public void Garbage_left_by_a_run_is_collected_while_the_state_is_idle()
    {
        var budget = _engine.Settings.Foreground with { Steps = long.MaxValue / 4, WallClock = TimeSpan.FromMinutes(1) };
        Assert.Equal(ScriptRunStatus.Completed, TestHost.Run(_engine, "local t = {} for i = 1, 200000 do t[i] = { i } end return #t", budget).Status);
        Assert.True(SpinWait.SpinUntil(() => _engine.Pool.PendingCollections == 0 && _engine.StatesIdle == 1, TimeSpan.FromSeconds(60)));
        var state = Assert.Single(_engine.Pool.IdleStates());
        Assert.False(state.IsBloated, $"{state.UsedBytes} bytes still held");
    }

    [Fact]
    public void Each_suspended_run_holds_its_own_state()
    {
        var runs = Enumerable.Range(0, 3).Select(_ => _engine.Run(TestHost.Request(_engine, "return test.wait(1)"))).ToList();
        Assert.Equal(3, _engine.StatesAlive);
        Assert.Equal(0, _engine.StatesIdle);
        foreach (var run in runs) run.Resume(default);
        Assert.Equal(3, _engine.StatesIdle);
    }

    [Fact]
    public void Idle_states_beyond_the_limit_are_closed()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.MaxIdleStates = 1));
        var runs = Enumerable.Range(0, 3).Select(_ => engine.Run(TestHost.Request(engine, "return test.wait(1)"))).ToList();
        foreach (var run in runs) run.Resume(default);
        Assert.Equal(1, engine.StatesAlive);
    }

    [Fact]
    public void An_exhausted_pool_fails_new_runs_with_busy_instead_of_blocking()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.MaxStates = 1));
        using var holder = engine.Run(TestHost.Request(engine, "return test.wait(1)"));
        using var refused = engine.Start(TestHost.Request(engine, "return 1"));
        Assert.Equal("script.busy", refused.Error!.Code);
        holder.Resume(default);
        Assert.Equal(MooValue.Integer(1), TestHost.Eval(engine, "return 1"));
    }

    [Fact]
    public void Disposing_a_suspended_run_returns_its_state()
    {
        var run = _engine.Run(TestHost.Request(_engine, "return test.wait(1)"));
        run.Dispose();
        Assert.Equal(ScriptRunStatus.Failed, run.Status);
        Assert.Equal(1, _engine.StatesIdle);
        Assert.Equal(MooValue.Integer(1), TestHost.Eval(_engine, "return 1"));
    }

    [Fact]
    public void Host_tables_with_the_same_name_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new ScriptEngine(new ScriptingSettings(), [TestHost.Table, TestHost.Table]));

    [Fact]
    public void Invalid_settings_are_rejected_at_construction() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScriptEngine(new ScriptingSettings { MaxCallDepth = 0 }));
}
