using System.Text;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Sandbox;
using ActorMoo.Scripting.Values;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Engine;

internal sealed unsafe partial class LuaSandboxState
{
    /// <summary>Registry ref of sandbox.lua's runner: <c>runner(factory, env, ...)</c>.</summary>
    public int RunnerRef { get; private set; }

    /// <summary>Registry ref of the metatable of per-run environments (<c>__index</c> = frozen base).</summary>
    public int EnvMetaRef { get; private set; }

    /// <summary>Registry ref of the private sentinel yielded by host calls that wait.</summary>
    public int PendingRef { get; private set; }

    /// <summary>Registry ref of the (locked) metatable of object references.</summary>
    public int ObjectMetaRef { get; private set; }

    /// <summary>Registry ref of the weak table interning object userdata by number.</summary>
    public int ObjectCacheRef { get; private set; }

    /// <summary>Registry ref of the weak set of threads that run verbs (yield from them is refused).</summary>
    public int VerbThreadsRef { get; private set; }

    /// <summary>Registry ref of the table anchoring the coroutines in the kill chain, by chain position.</summary>
    public int ChainAnchorRef { get; private set; }

    /// <summary>The standard libraries a sandbox starts from; io, debug and package are never opened.</summary>
    private static readonly (string Name, string Opener)[] Libraries =
    [
        ("_G", "luaopen_base"), ("coroutine", "luaopen_coroutine"), ("table", "luaopen_table"),
        ("string", "luaopen_string"), ("math", "luaopen_math"), ("utf8", "luaopen_utf8"), ("os", "luaopen_os"),
    ];

    /// <summary>Lua/Sources/sandbox.lua: builds the sandbox and returns its entry points.</summary>
    private static readonly Lazy<byte[]> SandboxSource = new(() => ReadSource("sandbox.lua"));

    /// <summary>Lua/Sources/library_guards.lua: bounds the C library functions; called by sandbox.lua.</summary>
    private static readonly Lazy<byte[]> GuardsSource = new(() => ReadSource("library_guards.lua"));

    private static byte[] ReadSource(string name)
    {
        using var stream = typeof(LuaSandboxState).Assembly.GetManifestResourceStream("ActorMoo.Scripting." + name)
            ?? throw new InvalidOperationException($"embedded {name} is missing");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Compiles trusted embedded source onto <paramref name="thread"/> (text only).</summary>
    private static void LoadTrusted(nint thread, byte[] source, string chunkName)
    {
        int status;
        var name = Encoding.ASCII.GetBytes("=" + chunkName + "\0");
        fixed (byte* p = source)
        fixed (byte* n = name)
        fixed (byte* mode = "t\0"u8)
        {
            status = luaL_loadbufferx(thread, p, (nuint)source.Length, n, mode);
        }
        if (status != Ok) throw new InvalidOperationException($"{chunkName} does not compile: " + ErrorText(thread));
    }

    private void InstallSandbox()
    {
        foreach (var (name, opener) in Libraries)
        {
            var bytes = Encoding.ASCII.GetBytes(name + "\0");
            fixed (byte* p = bytes) luaL_requiref(L, p, Export(opener), 1);
            Pop(L, 1);
        }

        var thread = lua_newthread(L);
        LoadTrusted(thread, SandboxSource.Value, "[sandbox]");
        SandboxFunctions.PushTable(thread);
        PushHostTables(thread);
        PushLimits(thread);
        PushPreludes(thread);
        PushArities(thread);
        LoadTrusted(thread, GuardsSource.Value, "[sandbox]");
        int results;
        var status = lua_resume(thread, L, 6, &results);
        if (status != Yield) throw new InvalidOperationException("sandbox setup failed: " + ErrorText(thread));

        // The entry points come before the preludes run: object references and coroutines made
        // by a prelude read these refs natively, and a ref of 0 would index a nil (a native crash).
        RunnerRef = TakeField(thread, "runner");
        EnvMetaRef = TakeField(thread, "env_meta");
        PendingRef = TakeField(thread, "pending");
        ObjectMetaRef = TakeField(thread, "object_meta");
        ObjectCacheRef = TakeField(thread, "object_cache");
        VerbThreadsRef = TakeField(thread, "verb_threads");
        lua_createtable(L, 8, 0);
        ChainAnchorRef = luaL_ref(L, RegistryIndex);
        Pop(thread, results);

        status = lua_resume(thread, L, 0, &results);
        if (status == Yield) throw new InvalidOperationException("sandbox setup failed: a prelude waited for the world, which only a running verb can");
        if (status != Ok) throw new InvalidOperationException("sandbox setup failed: " + ErrorText(thread));
        Pop(L, 1); // the setup thread
    }

    /// <summary>Takes a registry ref to field <paramref name="name"/> of the table on top of <paramref name="thread"/>.</summary>
    private int TakeField(nint thread, string name)
    {
        var bytes = Encoding.ASCII.GetBytes(name + "\0");
        fixed (byte* p = bytes) lua_getfield(thread, -1, p);
        if (lua_type(thread, -1) <= TNil) throw new InvalidOperationException($"sandbox.lua did not export {name}");
        return luaL_ref(thread, RegistryIndex);
    }

    private void PushHostTables(nint l)
    {
        lua_createtable(l, 0, Engine.Tables.Count);
        var index = 0;
        foreach (var table in Engine.Tables)
        {
            LuaValueWriter.PushString(l, table.Name);
            lua_createtable(l, 0, table.Functions.Count);
            foreach (var function in table.Functions)
            {
                LuaValueWriter.PushString(l, function.Name);
                lua_pushinteger(l, index++);
                lua_pushcclosure(l, HostDispatcher.Pointer, 1);
                lua_rawset(l, -3);
            }
            lua_rawset(l, -3);
        }
    }

    /// <summary>Pushes <c>{table = {name = wrapper arity}}</c>, mirroring the host tables.</summary>
    private void PushArities(nint l)
    {
        lua_createtable(l, 0, Engine.Tables.Count);
        foreach (var table in Engine.Tables)
        {
            LuaValueWriter.PushString(l, table.Name);
            lua_createtable(l, 0, table.Functions.Count);
            foreach (var function in table.Functions)
            {
                LuaValueWriter.PushString(l, function.Name);
                lua_pushinteger(l, function.WrapperArity);
                lua_rawset(l, -3);
            }
            lua_rawset(l, -3);
        }
    }

    private void PushLimits(nint l)
    {
        var settings = Engine.Settings;
        lua_createtable(l, 0, 1);
        LuaValueWriter.PushString(l, "max_source_bytes");
        lua_pushinteger(l, settings.MaxSourceBytes);
        lua_rawset(l, -3);
    }

    private void PushPreludes(nint l)
    {
        lua_createtable(l, Engine.Preludes.Count, 0);
        for (var i = 0; i < Engine.Preludes.Count; i++)
        {
            var prelude = Engine.Preludes[i];
            lua_createtable(l, 0, 2);
            LuaValueWriter.PushString(l, "name");
            LuaValueWriter.PushString(l, prelude.Name);
            lua_rawset(l, -3);
            LuaValueWriter.PushString(l, "source");
            LuaValueWriter.PushString(l, prelude.Source);
            lua_rawset(l, -3);
            lua_rawseti(l, -2, i + 1);
        }
    }

    /// <summary>The error value on top of <paramref name="l"/> as text, without running any metamethod.</summary>
    public static string ErrorText(nint l)
    {
        var type = lua_type(l, -1);
        if (type == TString) return LuaValueReader.ReadStringLenient(l, -1);
        if (type == TNumber) return lua_isinteger(l, -1) != 0 ? lua_tointegerx(l, -1, null).ToString(System.Globalization.CultureInfo.InvariantCulture) : lua_tonumberx(l, -1, null).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return type switch
        {
            TNil => "nil",
            TBoolean => lua_toboolean(l, -1) != 0 ? "true" : "false",
            TTable => "(error object is a table value)",
            _ => "(error object is not a string)",
        };
    }
}
