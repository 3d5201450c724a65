using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Engine;

/// <summary>The extension point the world uses to give object references <c>obj.prop</c> and <c>obj:verb()</c>.</summary>
public sealed class LuaPreludeTests : IDisposable
{
    private const string World = """
        local api = ...
        local echo = api.host.test.echo
        api.object.__index = function(o, key)
          if key == "describe" then
            return function(self, how) return echo(how .. " " .. tostring(self)) end
          end
          return echo(key .. "@" .. tostring(o))
        end
        api.object.__newindex = function(o, key, value) error("cannot set " .. key, 2) end
        api.globals.sys = { version = 1, nested = { deep = true } }
        api.globals.obj = function(n) return api.new_object(n) end
        api.globals.number_of = function(o) return api.object_id(o) end
        """;

    private readonly ScriptEngine _engine = TestHost.CreateEngine(preludes: new LuaPrelude("world", World));

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Prelude_metamethods_give_object_references_properties_and_methods()
    {
        Assert.Equal(MooValue.String("name@#3"), TestHost.Eval(_engine, "return obj(3).name"));
        Assert.Equal(MooValue.String("loudly #3"), TestHost.Eval(_engine, "return obj(3):describe('loudly')"));
        Assert.Equal(MooValue.Integer(3), TestHost.Eval(_engine, "return number_of(test.object(3))"));
    }

    [Fact]
    public void Prelude_metamethods_run_under_the_verbs_error_rules()
    {
        var run = TestHost.Run(_engine, "local o = obj(4)\no.name = 'x'");
        Assert.Equal("#1:test:2: cannot set name", run.Error!.Message);
    }

    [Fact]
    public void Tables_added_by_a_prelude_are_frozen_for_verbs()
    {
        Assert.Contains("read-only", TestHost.Run(_engine, "sys.version = 2").Error!.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", TestHost.Run(_engine, "sys.nested.deep = false").Error!.Message, StringComparison.Ordinal);
        Assert.Equal(MooValue.True, TestHost.Eval(_engine, "return sys.version == 1 and sys.nested.deep"));
    }

    [Fact]
    public void Object_metatable_stays_locked_after_the_prelude() =>
        Assert.Equal(MooValue.String("object"), TestHost.Eval(_engine, "return getmetatable(obj(1))"));

    [Fact]
    public void A_failing_prelude_fails_the_run_start_loudly()
    {
        using var engine = TestHost.CreateEngine(preludes: new LuaPrelude("broken", "error('prelude bug')"));
        var error = Assert.Throws<InvalidOperationException>(() => engine.Start(TestHost.Request(engine, "return 1")));
        Assert.Contains("prelude bug", error.Message, StringComparison.Ordinal);
    }

    // Regression: object references made while the prelude ran used registry refs that were only
    // taken after it, so new_object indexed a nil "cache" natively and crashed the process.
    [Fact]
    public void A_prelude_may_make_object_references_while_it_runs()
    {
        using var engine = TestHost.CreateEngine(preludes: new LuaPrelude("early", "local api = ... api.globals.root = api.new_object(0)"));

        Assert.Equal(MooValue.Integer(0), TestHost.Eval(engine, "return test.id(root)"));
        Assert.Equal(MooValue.True, TestHost.Eval(engine, "return root == test.object(0)"));
    }

    [Theory]
    [InlineData("api.host.test.echo(1)", "only available while a verb runs")]
    [InlineData("api.host.test.wait(1)", "only available while a verb runs")]
    [InlineData("api.host.test.call('return 1')", "only available while a verb runs")]
    [InlineData("string.gsub('a', '%w', function() api.host.test.wait(1) end)", "only available while a verb runs")]
    [InlineData("coroutine.wrap(function() api.host.test.wait(1) end)()", "only available while a verb runs")]
    [InlineData("coroutine.yield(1)", "outside a coroutine")]
    public void A_prelude_calling_the_world_must_fail_the_setup_with_a_clear_error(string call, string message)
    {
        using var engine = TestHost.CreateEngine(preludes: new LuaPrelude("eager", "local api = ... " + call));

        var error = Assert.Throws<InvalidOperationException>(() => engine.Start(TestHost.Request(engine, "return 1")));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coroutines_run_by_a_prelude_must_not_stay_in_the_runs_kill_chain()
    {
        const string Prelude = """
            local api = ...
            local co = coroutine.wrap(function() coroutine.yield(1) return 2 end)
            api.globals.seen = co() + co()
            """;
        using var engine = TestHost.CreateEngine(TestHost.Settings(s => s.MaxIdleStates = 1), preludes: new LuaPrelude("coroutines", Prelude));

        Assert.Equal(MooValue.Integer(3), TestHost.Eval(engine, "return seen"));
        var looping = TestHost.Run(engine, "coroutine.wrap(function() while true do end end)()");
        Assert.Equal(ScriptRunStatus.Failed, looping.Status);
        Assert.Equal(MooValue.Integer(3), TestHost.Eval(engine, "return seen"));
    }
}
