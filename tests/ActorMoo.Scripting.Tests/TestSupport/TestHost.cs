using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.TestSupport;

/// <summary>An operation the <c>test.wait</c> host function asks the world to perform.</summary>
public sealed record WaitFor(MooValue Value);

/// <summary>Builds engines with a small <c>test</c> host table and runs snippets of Lua.</summary>
public static class TestHost
{
    private static long s_nextVerb;

    /// <summary>Number of <c>test.count</c> calls, per engine context.</summary>
    public sealed class Counter
    {
        public long Calls;
    }

    public static HostFunctionTable Table { get; } = new("test", "Functions for the scripting tests.",
    [
        new HostFunction("echo", "Returns its argument.", static (in HostCall call) => call.GetValue(0), new HostParameter("value", HostArgType.Any, Optional: true)),
        new HostFunction("add", "Adds two integers.", static (in HostCall call) => MooValue.Integer(call.GetInteger(0) + call.GetInteger(1)),
            new HostParameter("a", HostArgType.Integer), new HostParameter("b", HostArgType.Integer)),
        new HostFunction("fail", "Fails with the message.", static (in HostCall call) => HostResult.Fail(call.GetString(0)), new HostParameter("message", HostArgType.String)),
        new HostFunction("throw", "Throws a .NET exception.", static (in HostCall call) => throw new InvalidOperationException("boom")),
        new HostFunction("wait", "Suspends the run until the test resumes it.", static (in HostCall call) => HostResult.Pending(new WaitFor(call.GetValue(0))),
            new HostParameter("value", HostArgType.Any, Optional: true)),
        new HostFunction("call", "Runs the given source as a nested verb with the remaining arguments.", static (in HostCall call) =>
        {
            var args = new List<MooValue>();
            for (var i = 1; i < call.ArgumentCount; i++) args.Add(call.GetValue(i));
            var source = call.GetString(0);
            return HostResult.CallVerb(new VerbCall(new VerbCode("nested:" + source, 1, "#2:nested", source),
                new Dictionary<string, MooValue> { ["who"] = "nested" }, args));
        }, variadic: true, new HostParameter("source", HostArgType.String)),
        new HostFunction("count", "Counts calls in the run's context.", static (in HostCall call) =>
        {
            if (call.Context is Counter counter) counter.Calls++;
            return HostResult.Ok();
        }),
        new HostFunction("collect", "Forces a full Lua garbage collection from inside a host call.", static (in HostCall call) =>
        {
            call.State.CollectGarbage();
            return HostResult.Ok();
        }),
        new HostFunction("object", "Returns object #n.", static (in HostCall call) => MooValue.Object(new ObjectId(call.GetInteger(0))),
            new HostParameter("n", HostArgType.Integer)),
        new HostFunction("id", "Returns the number of an object.", static (in HostCall call) => MooValue.Integer(call.GetObject(0).Value),
            new HostParameter("o", HostArgType.Object)),
    ]);

    /// <summary>Settings with generous defaults for tests; budgets can be tightened per test.</summary>
    public static ScriptingSettings Settings(Action<ScriptingSettings>? configure = null)
    {
        var settings = new ScriptingSettings();
        configure?.Invoke(settings);
        return settings;
    }

    public static ScriptEngine CreateEngine(ScriptingSettings? settings = null, TimeProvider? time = null, params LuaPrelude[] preludes) =>
        new(settings ?? Settings(), [Table], preludes, time);

    /// <summary>A request for <paramref name="source"/> under a fresh verb id (so no cache sharing between tests).</summary>
    public static ScriptRunRequest Request(ScriptEngine engine, string source, ScriptBudget? budget = null, string? id = null) =>
        new(new VerbCode(id ?? "verb" + Interlocked.Increment(ref s_nextVerb), 1, "#1:test", source), budget ?? engine.Settings.Foreground);

    /// <summary>Runs <paramref name="source"/> to its end, answering every wait with the waited-for value.</summary>
    public static ScriptRun Run(ScriptEngine engine, string source, ScriptBudget? budget = null, object? context = null)
    {
        var run = engine.Start(Request(engine, source, budget) with { Context = context });
        var status = run.Status == ScriptRunStatus.NotStarted ? run.Resume() : run.Status;
        while (status == ScriptRunStatus.Suspended) status = run.Resume(HostResult.Ok(((WaitFor)run.PendingOperation!).Value));
        return run;
    }

    /// <summary>Runs <paramref name="source"/> and returns its result, failing the test with the script error otherwise.</summary>
    public static MooValue Eval(ScriptEngine engine, string source)
    {
        var run = Run(engine, source);
        Assert.True(run.Status == ScriptRunStatus.Completed, run.Error?.ToString() + "\n" + run.Error?.Traceback);
        return run.Result;
    }
}
