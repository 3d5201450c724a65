using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Engine;

public sealed class ScriptRunTests : IDisposable
{
    private readonly ScriptEngine _engine = TestHost.CreateEngine();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void A_waiting_host_call_suspends_the_run_with_its_operation()
    {
        using var run = _engine.Run(TestHost.Request(_engine, "local v = test.wait('question') return v * 2"));
        Assert.Equal(ScriptRunStatus.Suspended, run.Status);
        Assert.Equal(new WaitFor("question"), run.PendingOperation);
        Assert.Equal(ScriptRunStatus.Completed, run.Resume(HostResult.Ok(21)));
        Assert.Equal(MooValue.Integer(42), run.Result);
    }

    [Fact]
    public async Task Run_resumes_on_another_thread_with_the_reply()
    {
        using var run = _engine.Run(TestHost.Request(_engine, "local a = test.wait(1) local b = test.wait(2) return a + b"));
        var startThread = Environment.CurrentManagedThreadId;
        var resumeThreads = new List<int>();
        var status = await run.RunToEndAsync(async (operation, _) =>
        {
            await Task.Yield();
            return await Task.Run(() =>
            {
                resumeThreads.Add(Environment.CurrentManagedThreadId);
                return HostResult.Ok(((WaitFor)operation).Value.AsInteger() * 10);
            });
        });
        Assert.Equal(ScriptRunStatus.Completed, status);
        Assert.Equal(MooValue.Integer(30), run.Result);
        Assert.Equal(2, resumeThreads.Count);
    }

    [Fact]
    public void An_error_reply_is_raised_at_the_waiting_call_and_is_catchable()
    {
        using var run = _engine.Run(TestHost.Request(_engine, "local ok, e = pcall(test.wait, 1) return e"));
        run.Resume(HostResult.Fail("no such object"));
        Assert.Contains("no such object", run.Result.AsString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Waits_inside_user_coroutines_are_forwarded_to_the_host()
    {
        var result = TestHost.Eval(_engine, """
            local co = coroutine.wrap(function(x)
              local a = test.wait(x)
              local b = coroutine.yield(a + 1)
              return test.wait(b) * 2
            end)
            local first = co(10)
            return first + co(5)
            """);
        Assert.Equal(MooValue.Integer(21), result);
    }

    [Fact]
    public void Short_lived_coroutines_are_collected_during_the_run()
    {
        var budget = _engine.Settings.Foreground with { Steps = long.MaxValue / 4, WallClock = TimeSpan.FromMinutes(1) };
        var run = TestHost.Run(_engine, "local n = 0 for i = 1, 200000 do n = n + coroutine.wrap(function(x) return x end)(1) end return n", budget);
        Assert.True(run.Status == ScriptRunStatus.Completed, run.Error?.ToString());
        Assert.Equal(MooValue.Integer(200000), run.Result);
    }

    [Fact]
    public void A_host_call_cannot_wait_where_Lua_cannot_yield()
    {
        var run = TestHost.Run(_engine, "local t = {3, 1, 2} table.sort(t, function(a, b) test.wait() return a < b end)");
        Assert.Equal("script.runtime", run.Error!.Code);
        Assert.Contains("cannot wait here", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_verb_calls_run_with_their_own_globals_and_return_values()
    {
        var result = TestHost.Eval(_engine, "who = 'outer' local r = test.call('local a, b = ... return who .. (a + b)', 1, 2) return r .. ':' .. who");
        Assert.Equal(MooValue.String("nested3:outer"), result);
    }

    [Fact]
    public void Nested_verb_errors_propagate_to_the_caller_with_the_callees_location()
    {
        var result = TestHost.Eval(_engine, "local ok, e = pcall(test.call, 'error(\"deep\")') return e");
        Assert.StartsWith("#2:nested:1: deep", result.AsString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Call_depth_is_limited_and_the_limit_is_catchable()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.MaxCallDepth = 5));
        const string recurse = "local src = ... return 1 + test.call(src, src)";
        var run = engine.Run(TestHost.Request(engine, "local src = ... local ok, e = pcall(test.call, src, src) return e") with { Args = [recurse] });
        Assert.Contains("maximum verb call depth (5) exceeded", run.Result.AsString(), StringComparison.Ordinal);
        Assert.Equal(1, run.CallDepth);
    }

    [Fact]
    public void Depth_is_restored_after_nested_calls_return_or_fail()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.MaxCallDepth = 3));
        var result = TestHost.Eval(engine, "for i = 1, 10 do test.call('return 1') pcall(test.call, 'error(1)') end return test.call('return test.call(\"return 7\")')");
        Assert.Equal(MooValue.Integer(7), result);
    }

    [Fact]
    public void Resuming_with_a_nested_call_runs_the_verb_as_the_reply()
    {
        using var run = _engine.Run(TestHost.Request(_engine, "return test.wait() + 1"));
        run.Resume(HostResult.CallVerb(new VerbCall(new VerbCode("reply", 1, "#3:reply", "return 41"), new Dictionary<string, MooValue>(), [])));
        Assert.Equal(MooValue.Integer(42), run.Result);
    }

    [Fact]
    public void Resume_is_refused_when_the_run_is_not_suspended()
    {
        var run = TestHost.Run(_engine, "return 1");
        Assert.Throws<InvalidOperationException>(() => run.Resume(HostResult.Ok()));
        Assert.Throws<InvalidOperationException>(() => run.Resume());
    }

    [Fact]
    public void Host_context_reaches_host_functions()
    {
        var counter = new TestHost.Counter();
        TestHost.Run(_engine, "for i = 1, 5 do test.count() end", context: counter);
        Assert.Equal(5, counter.Calls);
    }
}
