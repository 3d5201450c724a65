using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Tests.TestSupport;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Sandbox;

/// <summary>The library functions the sandbox reimplements behave as the originals for ordinary use.</summary>
public sealed class SandboxLibraryTests : IDisposable
{
    private readonly ScriptEngine _engine = TestHost.CreateEngine();

    public void Dispose() => _engine.Dispose();

    private string Eval(string source) => TestHost.Eval(_engine, source).AsString();

    [Theory]
    [InlineData("local t = {1, 2} table.insert(t, 3) return table.concat(t, ',')", "1,2,3")]
    [InlineData("local t = {1, 2} table.insert(t, 1, 0) return table.concat(t, ',')", "0,1,2")]
    [InlineData("local t = {1, 2} table.insert(t, 3, 9) return table.concat(t, ',')", "1,2,9")]
    [InlineData("local t = {1, 2, 3} local v = table.remove(t) return v .. ':' .. table.concat(t, ',')", "3:1,2")]
    [InlineData("local t = {1, 2, 3} local v = table.remove(t, 1) return v .. ':' .. table.concat(t, ',')", "1:2,3")]
    [InlineData("local t = {} return tostring(table.remove(t)) .. #t", "nil0")]
    [InlineData("return table.concat(table.move({1, 2, 3}, 1, 3, 2), ',')", "1,1,2,3")]
    [InlineData("return table.concat(table.move({1, 2, 3}, 2, 3, 1), ',')", "2,3,3")]
    [InlineData("return table.concat(table.move({1, 2}, 1, 2, 1, {9, 9, 9}), ',')", "1,2,9")]
    [InlineData("local ok, e = pcall(table.insert, {1}, 5, 0) return e", "bad argument #2 to 'insert' (position out of bounds)")]
    [InlineData("local ok, e = pcall(table.insert, {1}, 1.5, 0) return e", "bad argument #2 to 'insert' (number has no integer representation)")]
    [InlineData("return ('ab'):rep(3, '-')", "ab-ab-ab")]
    [InlineData("return os.date('!%Y', 0)", "1970")]
    [InlineData("return select(2, xpcall(error, function(e) return 'handled ' .. e end, 'x', 0))", "handled x")]
    [InlineData("local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end) return co(1) .. ',' .. co(5)", "2,10")]
    [InlineData("local f = load('return x', 'chunk', 't', { x = 'mine' }) return f()", "mine")]
    [InlineData("local t = {} for k in pairs(string) do t[#t + 1] = k end return tostring(#t > 10)", "true")]
    public void Reimplemented_functions_keep_their_ordinary_behaviour(string source, string expected) =>
        Assert.Equal(expected, Eval(source));

    [Fact]
    public void Collectgarbage_count_reports_kilobytes() =>
        Assert.True(TestHost.Eval(_engine, "return collectgarbage('count')").AsFloat() > 0);
}
