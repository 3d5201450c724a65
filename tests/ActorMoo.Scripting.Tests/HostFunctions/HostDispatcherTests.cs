using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.HostFunctions;

public sealed class HostDispatcherTests : IDisposable
{
    private readonly ScriptEngine _engine = TestHost.CreateEngine();

    public void Dispose() => _engine.Dispose();

    private string ErrorOf(string call) => TestHost.Eval(_engine, $"local ok, e = pcall(function() return {call} end) return tostring(ok) .. ' ' .. e").AsString();

    [Theory]
    [InlineData("test.add(1)", "bad argument #2 to 'test.add' (integer expected, got nil)")]
    [InlineData("test.call()", "bad argument #1 to 'test.call' (string expected, got no value)")]
    [InlineData("test.add(1, 'x')", "bad argument #2 to 'test.add' (integer expected, got string)")]
    [InlineData("test.add(1, 2.5)", "bad argument #2 to 'test.add' (integer expected, got number)")]
    [InlineData("test.id({})", "bad argument #1 to 'test.id' (object expected, got table)")]
    [InlineData("test.fail('nope')", "nope")]
    [InlineData("test.throw()", "internal error in test.throw")]
    public void Bad_calls_raise_catchable_errors_with_clear_messages(string call, string message)
    {
        var error = ErrorOf(call);
        Assert.StartsWith("false ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_point_at_the_calling_line_of_the_verb()
    {
        var run = TestHost.Run(_engine, "local x = 1\ntest.fail('here')");
        Assert.Equal("#1:test:2: here", run.Error!.Message);
    }

    [Fact]
    public void Extra_arguments_to_fixed_parameter_functions_are_dropped_as_Lua_does() =>
        Assert.Equal(MooValue.Integer(3), TestHost.Eval(_engine, "return test.add(1, 2, 3)"));

    [Fact]
    public void Floats_with_integral_values_are_accepted_as_integers() =>
        Assert.Equal(MooValue.Integer(5), TestHost.Eval(_engine, "return test.add(2.0, 3)"));

    [Fact]
    public void A_throwing_host_function_leaves_the_engine_working()
    {
        TestHost.Run(_engine, "test.throw()");
        Assert.Equal(MooValue.Integer(2), TestHost.Eval(_engine, "return test.add(1, 1)"));
    }

    [Fact]
    public void Host_tables_must_have_identifier_names_and_unique_functions()
    {
        var f = new HostFunction("f", "A function.", static (in HostCall _) => HostResult.Ok());
        Assert.Throws<ArgumentException>(() => new HostFunctionTable("not a name", "x", [f]));
        Assert.Throws<ArgumentException>(() => new HostFunctionTable("t", "x", [f, f]));
    }

    [Fact]
    public void Optional_parameters_must_come_last() =>
        Assert.Throws<ArgumentException>(() => new HostFunction("f", "A function.", static (in HostCall _) => HostResult.Ok(),
            new HostParameter("a", HostArgType.Any, Optional: true), new HostParameter("b", HostArgType.Any)));

    [Fact]
    public void Signatures_describe_the_declaration()
    {
        var add = TestHost.Table.Functions.Single(f => f.Name == "add");
        Assert.Equal("test.add(a: integer, b: integer)", add.Signature);
    }
}
