using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Values;

public sealed class LuaMarshallingTests : IDisposable
{
    private readonly ScriptEngine _engine = TestHost.CreateEngine(TestHost.Settings(s =>
    {
        s.Marshal.MaxDepth = 5;
        s.Marshal.MaxElements = 1000;
        s.Marshal.MaxStringBytes = 1000;
    }));

    public void Dispose() => _engine.Dispose();

    public static IEnumerable<object[]> RoundTrips() =>
    [
        [MooValue.Nil], [MooValue.True], [MooValue.Integer(long.MinValue)], [MooValue.Float(2.5)], [MooValue.Float(3.0)],
        [MooValue.String("ünïcødé ✓")], [MooValue.String("")], [MooValue.Object(new ObjectId(-1))],
        [MooValue.List(1, "x", MooValue.List(2, 3))], [MooValue.EmptyList],
        [MooValue.Map([new("a", 1), new(2, "b"), new(true, MooValue.List(1)), new(new ObjectId(9), 1.5)])],
    ];

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Value_passes_into_Lua_and_back_unchanged(MooValue value)
    {
        var run = _engine.Run(TestHost.Request(_engine, "local v = ... return test.echo(v)") with { Args = [value] });
        Assert.Equal(ScriptRunStatus.Completed, run.Status);
        Assert.Equal(value, run.Result);
    }

    [Fact]
    public void Object_references_are_interned_so_they_compare_and_index_equal() =>
        Assert.Equal(MooValue.True, TestHost.Eval(_engine, "local a, b = test.object(4), test.object(4) local t = { [a] = true } return a == b and t[b] and tostring(a) == '#4'"));

    [Fact]
    public void Objects_come_back_to_host_functions_as_ids() =>
        Assert.Equal(MooValue.Integer(77), TestHost.Eval(_engine, "return test.id(test.object(77))"));

    [Theory]
    [InlineData("return function() end", "function")]
    [InlineData("return coroutine.create(function() end)", "coroutine")]
    [InlineData("local t = {} t.self = t return t", "nested deeper")]
    [InlineData("local t = {} for i = 1, 2000 do t[i] = i end return t", "more than 1000")]
    [InlineData("return ('x'):rep(2000)", "exceeds the limit")]
    [InlineData("return '\\255\\254'", "UTF-8")]
    [InlineData("return { [{}] = 1 }", "keys")]
    public void Results_that_are_not_world_values_fail_clearly(string source, string message)
    {
        var run = TestHost.Run(_engine, source);
        Assert.Equal(ScriptRunStatus.Failed, run.Status);
        Assert.Equal("script.result", run.Error!.Code);
        Assert.Contains(message, run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_passed_to_host_functions_become_catchable_argument_errors()
    {
        var result = TestHost.Eval(_engine, "local ok, e = pcall(test.echo, function() end) return e");
        Assert.Contains("bad argument to 'test.echo' (a function is not a world value)", result.AsString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_with_holes_or_non_integer_keys_become_maps()
    {
        var value = TestHost.Eval(_engine, "return { 1, 2, nil, 4 }");
        Assert.Equal(MooValueKind.Map, value.Kind);
        Assert.Equal(MooValue.Integer(4), value.AsMap()[MooValue.Integer(4)]);
    }

    [Fact]
    public void Float_keys_with_integer_values_are_integers_as_in_Lua() =>
        Assert.Equal(MooValue.List(10, 20), TestHost.Eval(_engine, "return { [1.0] = 10, [2] = 20 }"));
}
