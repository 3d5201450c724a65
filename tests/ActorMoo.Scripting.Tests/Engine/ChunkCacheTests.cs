using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Engine;

public sealed class ChunkCacheTests
{
    private static ChunkCache CacheOf(ScriptEngine engine) => Assert.Single(engine.Pool.IdleStates()).Chunks;

    [Fact]
    public void Same_verb_and_version_compiles_once()
    {
        using var engine = TestHost.CreateEngine();
        for (var i = 0; i < 5; i++) engine.Run(TestHost.Request(engine, "return 1", id: "look")).Dispose();
        var cache = CacheOf(engine);
        Assert.Equal(1, cache.Misses);
        Assert.Equal(4, cache.Hits);
    }

    [Fact]
    public void A_new_version_is_compiled_and_run_instead_of_the_cached_one()
    {
        using var engine = TestHost.CreateEngine();
        var code = new VerbCode("look", 1, "#1:look", "return 'old'");
        using (var run = engine.Run(new ScriptRunRequest(code, engine.Settings.Foreground))) Assert.Equal(MooValue.String("old"), run.Result);
        using (var run = engine.Run(new ScriptRunRequest(code with { Version = 2, Source = "return 'new'" }, engine.Settings.Foreground)))
            Assert.Equal(MooValue.String("new"), run.Result);
        Assert.Equal(2, CacheOf(engine).Misses);
    }

    [Fact]
    public void Least_recently_used_verbs_are_dropped_past_capacity()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.MaxCachedChunksPerState = 2));
        foreach (var id in new[] { "a", "b", "a", "c", "a" }) engine.Run(TestHost.Request(engine, "return 1", id: id)).Dispose();
        var cache = CacheOf(engine);
        Assert.Equal(2, cache.Count);
        Assert.Equal(3, cache.Misses);
        engine.Run(TestHost.Request(engine, "return 1", id: "b")).Dispose();
        Assert.Equal(4, cache.Misses);
    }

    [Fact]
    public void Each_run_of_a_cached_verb_gets_a_fresh_environment()
    {
        using var engine = TestHost.CreateEngine();
        TestHost.Eval(engine, "counter = (counter or 0) + 1 return counter");
        var first = engine.Run(TestHost.Request(engine, "counter = (counter or 0) + 1 return counter", id: "same"));
        var second = engine.Run(TestHost.Request(engine, "counter = (counter or 0) + 1 return counter", id: "same"));
        Assert.Equal(MooValue.Integer(1), first.Result);
        Assert.Equal(MooValue.Integer(1), second.Result);
    }

    [Fact]
    public void Oversized_sources_are_refused()
    {
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.MaxSourceBytes = 100));
        using var run = engine.Start(TestHost.Request(engine, "return '" + new string('x', 200) + "'"));
        Assert.Contains("exceeds 100 bytes", run.Error!.Message, StringComparison.Ordinal);
    }
}
