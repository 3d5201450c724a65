using KeraLua;

namespace ActorMoo.Bench.Scripting;

/// <summary>
/// The baseline: a bare KeraLua state with the standard libraries, the default C allocator and
/// no hook — what the same Lua code costs with no sandbox and no budgets.
/// </summary>
internal sealed class BareLua : IDisposable
{
    private readonly KeraLua.Lua _lua = new();

    public BareLua()
    {
        _lua.Encoding = System.Text.Encoding.UTF8;
        _lua.OpenLibs();
    }

    /// <summary>CPU milliseconds to run <paramref name="source"/> once (compiled beforehand).</summary>
    public double Time(string source)
    {
        if (_lua.LoadString(source) != LuaStatus.OK) throw new InvalidOperationException(_lua.ToString(-1));
        var status = LuaStatus.OK;
        var ms = ThreadCpu.Milliseconds(() => status = _lua.PCall(0, 1, 0));
        if (status != LuaStatus.OK) throw new InvalidOperationException(_lua.ToString(-1));
        _lua.Pop(1);
        return ms;
    }

    /// <summary>Calls of a cached trivial function per CPU second, from C#, through pcall.</summary>
    public double CallsPerSecond(int calls)
    {
        _lua.LoadString("return 1");
        var reference = _lua.Ref(LuaRegistry.Index);
        var ms = ThreadCpu.Milliseconds(() =>
        {
            for (var i = 0; i < calls; i++)
            {
                _lua.RawGetInteger(LuaRegistry.Index, reference);
                _lua.PCall(0, 1, 0);
                _lua.Pop(1);
            }
        });
        var rate = calls / (ms / 1000);
        _lua.Unref(LuaRegistry.Index, reference);
        return rate;
    }

    /// <summary>Bytes held by a fresh state with every standard library open.</summary>
    public static long StateBytes()
    {
        using var lua = new KeraLua.Lua();
        lua.OpenLibs();
        lua.GarbageCollector(LuaGC.Collect, 0);
        return lua.GarbageCollector(LuaGC.Count, 0) * 1024L + lua.GarbageCollector(LuaGC.Countb, 0);
    }

    public void Dispose() => _lua.Dispose();
}
