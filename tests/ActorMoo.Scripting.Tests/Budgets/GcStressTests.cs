using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Budgets;

/// <summary>
/// Forced .NET and Lua collections while verbs call host functions, create coroutines and wait
/// for replies delivered on other threads: the regression net for rooted callbacks, GC handles
/// and longjmps across managed frames (notes, traps 1–4).
/// </summary>
public sealed class GcStressTests
{
    private const string Verb = """
        local n = ...
        local acc = {}
        for i = 1, 4 do acc[i] = test.echo({ i, "s" .. i, test.object(i) }) end
        local co = coroutine.wrap(function(x)
          local v = test.wait(x)
          coroutine.yield(v)
          return test.wait(v + 1)
        end)
        local a = co(n)
        local b = co()
        if n % 16 == 0 then test.collect() end
        if n % 97 == 0 then pcall(function() local t = {} while true do t[#t + 1] = {} end end) end -- killed: uncatchable
        return a + b + #acc + #acc[4]
        """;

    [Fact]
    public void Hundred_thousand_runs_with_forced_collections_and_cross_thread_resumes_complete_correctly()
    {
        const int workers = 2, perWorker = 50_000;
        using var engine = TestHost.CreateEngine();
        var code = new VerbCode("stress", 1, "#1:stress", Verb);
        var failures = 0;
        var budget = engine.Settings.Background with { Steps = long.MaxValue / 4, MemoryBytes = 1024 * 1024, WallClock = TimeSpan.FromMinutes(1) };

        void Work(int worker)
        {
            for (var i = 0; i < perWorker; i++)
            {
                var n = worker * perWorker + i + 1;
                using var run = engine.Run(new ScriptRunRequest(code, budget) { Args = [n] });
                while (run.Status == ScriptRunStatus.Suspended)
                {
                    var reply = HostResult.Ok(((WaitFor)run.PendingOperation!).Value);
                    if (n % 100 == 0) Task.Run(() => run.Resume(reply)).Wait();
                    else run.Resume(reply);
                }
                var expected = n % 97 == 0
                    ? run.Error?.Code == "budget.memory"
                    : run.Status == ScriptRunStatus.Completed && run.Result == MooValue.Integer(2L * n + 1 + 4 + 3);
                if (!expected)
                {
                    Interlocked.Increment(ref failures);
                }
                if (i % 5_000 == 0)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
            }
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Work);
        Assert.Equal(0, failures);
        Assert.Equal(MooValue.Integer(2), TestHost.Eval(engine, "return 1 + 1"));
    }
}
