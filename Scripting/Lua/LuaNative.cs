using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ActorMoo.Scripting.Lua;

/// <summary>
/// The slice of the Lua 5.4 C API the engine uses, bound directly to KeraLua's bundled
/// <c>liblua54</c>. KeraLua's managed <c>Lua</c> class is deliberately not used: it roots
/// delegates weakly (callbacks get collected), its finalizer calls <c>lua_close</c>, and its
/// <c>NewThread</c> leaks a GCHandle per coroutine (shared/notes/lua-on-keralua.md, traps 2–4).
/// Callbacks handed to Lua are <c>[UnmanagedCallersOnly]</c> function pointers instead.
/// </summary>
/// <remarks>
/// Functions marked <see cref="SuppressGCTransitionAttribute"/> are the ones that never
/// allocate (so never re-enter managed code through the allocator) and never block; they are
/// on the hot path of every host-function call.
/// </remarks>
internal static unsafe partial class LuaNative
{
    private const string Library = "lua54";

    /// <summary>Pseudo-index of the registry (LUAI_MAXSTACK = 1,000,000).</summary>
    public const int RegistryIndex = -1_000_000 - 1000;

    /// <summary>Status codes returned by resume and load (errors are any other value).</summary>
    public const int Ok = 0, Yield = 1;

    /// <summary>Value types as returned by <see cref="lua_type"/>.</summary>
    public const int TNone = -1, TNil = 0, TBoolean = 1, TNumber = 3, TString = 4,
        TTable = 5, TFunction = 6, TUserdata = 7, TThread = 8;

    /// <summary>Hook mask bit for the instruction-count hook.</summary>
    public const int MaskCount = 1 << 3;

    /// <summary>Garbage-collector command for a full collection.</summary>
    public const int GcCollect = 2;

    /// <summary>Size of LUA_EXTRASPACE: the pointer-sized block in front of every lua_State.</summary>
    public const int ExtraSpace = 8;

    /// <summary>The pseudo-index of upvalue <paramref name="i"/> of the running C closure.</summary>
    public static int UpvalueIndex(int i) => RegistryIndex - i;

    /// <summary>The per-thread extra space (copied from the main thread by <c>lua_newthread</c>).</summary>
    public static nint* ExtraSpaceOf(nint l) => (nint*)(l - ExtraSpace);

    [LibraryImport(Library)]
    public static partial nint lua_newstate(delegate* unmanaged<nint, nint, nuint, nuint, nint> alloc, nint ud);

    [LibraryImport(Library)]
    public static partial void lua_close(nint l);

    [LibraryImport(Library)]
    public static partial nint lua_newthread(nint l);

    [LibraryImport(Library)]
    public static partial void luaL_requiref(nint l, byte* modname, nint openf, int glb);

    [LibraryImport(Library)]
    public static partial int lua_resume(nint l, nint from, int narg, int* nres);

    [LibraryImport(Library)]
    public static partial int lua_status(nint l);

    [LibraryImport(Library)]
    public static partial int luaL_loadbufferx(nint l, byte* buff, nuint size, byte* name, byte* mode);

    [LibraryImport(Library)]
    public static partial void lua_sethook(nint l, nint hook, int mask, int count);

    [LibraryImport(Library)]
    public static partial int lua_yieldk(nint l, int nresults, nint ctx, nint k);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_isyieldable(nint l);

    [LibraryImport(Library)]
    public static partial int lua_gc(nint l, int what, int arg);

    [LibraryImport(Library)]
    public static partial void luaL_traceback(nint l, nint l1, byte* msg, int level);

    // ---- stack manipulation: none of these allocate ----

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_gettop(nint l);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void lua_settop(nint l, int idx);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void lua_pushvalue(nint l, int idx);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void lua_rotate(nint l, int idx, int n);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_absindex(nint l, int idx);

    [LibraryImport(Library)]
    public static partial int lua_checkstack(nint l, int n);


    // ---- reading values (no allocation unless noted) ----

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_type(nint l, int idx);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_isinteger(nint l, int idx);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial long lua_tointegerx(nint l, int idx, int* isnum);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial double lua_tonumberx(nint l, int idx, int* isnum);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_toboolean(nint l, int idx);

    /// <summary>Converts numbers in place (allocates): call it only on values of type string.</summary>
    [LibraryImport(Library)]
    public static partial byte* lua_tolstring(nint l, int idx, nuint* len);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void* lua_touserdata(nint l, int idx);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial nint lua_tothread(nint l, int idx);


    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_rawequal(nint l, int idx1, int idx2);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_getmetatable(nint l, int idx);

    [LibraryImport(Library)]
    public static partial int lua_next(nint l, int idx);


    [LibraryImport(Library), SuppressGCTransition]
    public static partial int lua_rawgeti(nint l, int idx, long n);

    [LibraryImport(Library)]
    public static partial int lua_getfield(nint l, int idx, byte* k);

    // ---- pushing values ----

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void lua_pushnil(nint l);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void lua_pushboolean(nint l, int b);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void lua_pushinteger(nint l, long n);

    [LibraryImport(Library), SuppressGCTransition]
    public static partial void lua_pushnumber(nint l, double n);


    [LibraryImport(Library)]
    public static partial byte* lua_pushlstring(nint l, byte* s, nuint len);

    [LibraryImport(Library)]
    public static partial void lua_pushcclosure(nint l, delegate* unmanaged<nint, int> fn, int n);

    [LibraryImport(Library)]
    public static partial void lua_createtable(nint l, int narr, int nrec);

    [LibraryImport(Library)]
    public static partial void* lua_newuserdatauv(nint l, nuint size, int nuvalue);

    // ---- writing (raw: never runs metamethods) ----

    [LibraryImport(Library)]
    public static partial void lua_rawset(nint l, int idx);

    [LibraryImport(Library)]
    public static partial void lua_rawseti(nint l, int idx, long n);

    [LibraryImport(Library)]
    public static partial int lua_setmetatable(nint l, int objindex);


    [LibraryImport(Library)]
    public static partial int luaL_ref(nint l, int t);

    [LibraryImport(Library)]
    public static partial void luaL_unref(nint l, int t, int reference);

    /// <summary>The address of a native export, for handing C functions (not managed ones) to Lua.</summary>
    public static nint Export(string name) =>
        NativeLibrary.GetExport(NativeLibrary.Load(Library, typeof(LuaNative).Assembly, null), name);

    /// <summary>Pops <paramref name="n"/> values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Pop(nint l, int n) => lua_settop(l, -n - 1);
}
