using System.Runtime.InteropServices;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Sandbox;

/// <summary>
/// The engine's own C functions, handed to sandbox.lua as the <c>internal</c> table. Like host
/// functions they never raise: failures are returned as <c>(false, message)</c>.
/// </summary>
internal static unsafe class SandboxFunctions
{
    private delegate int Body(LuaSandboxState state, nint l);

    /// <summary>Name and implementation of each internal function; the index is the closure's upvalue.</summary>
    private static readonly (string Name, Body Body)[] Functions =
    [
        ("enter_coroutine", EnterCoroutine),
        ("leave_coroutine", LeaveCoroutine),
        ("pattern_guard", PatternGuardCheck),
        ("enter_call", EnterCall),
        ("leave_call", LeaveCall),
        ("object_id", ObjectIdOf),
        ("new_object", NewObject),
    ];

    /// <summary>Pushes the <c>internal</c> table onto <paramref name="l"/>.</summary>
    public static void PushTable(nint l)
    {
        lua_createtable(l, 0, Functions.Length);
        for (var i = 0; i < Functions.Length; i++)
        {
            LuaValueWriter.PushString(l, Functions[i].Name);
            lua_pushinteger(l, i);
            lua_pushcclosure(l, &Dispatch, 1);
            lua_rawset(l, -3);
        }
    }

    [UnmanagedCallersOnly]
    private static int Dispatch(nint l)
    {
        var state = LuaSandboxState.FromLua(l);
        var control = state.Control;
        var enforcing = control->Enforcing;
        control->Enforcing = 0;
        var (name, body) = Functions[(int)lua_tointegerx(l, UpvalueIndex(1), null)];
        var count = lua_gettop(l);
        try
        {
            return body(state, l);
        }
        catch (Exception e)
        {
            lua_settop(l, count);
            state.Engine.LogHostFunctionFailure(name, e);
            return HostDispatcher.Fail(l, $"internal error in {name}");
        }
        finally
        {
            control->Enforcing = enforcing;
        }
    }

    /// <summary>
    /// coroutine.resume/close enter the coroutine: it joins the chain of running threads that a
    /// budget kill arms. Returns false (and does nothing) when the argument is not a coroutine, or
    /// when no run is going on (a prelude at setup: no budget to enforce, and no run to end the chain).
    /// </summary>
    private static int EnterCoroutine(LuaSandboxState state, nint l)
    {
        var thread = lua_type(l, 1) == TThread && state.CurrentRun is not null ? lua_tothread(l, 1) : 0;
        if (thread != 0) state.EnterCoroutine(l, 1, thread);
        lua_pushboolean(l, thread != 0 ? 1 : 0);
        return 1;
    }

    /// <summary>The coroutine entered last has returned, yielded or failed.</summary>
    private static int LeaveCoroutine(LuaSandboxState state, nint l)
    {
        state.LeaveCoroutine(l);
        return 0;
    }

    private static int PatternGuardCheck(LuaSandboxState state, nint l)
    {
        nuint subjectLength, patternLength;
        var subject = lua_tolstring(l, 1, &subjectLength);
        var pattern = lua_tolstring(l, 2, &patternLength);
        int isNumber;
        var init = lua_tointegerx(l, 3, &isNumber);
        if (isNumber == 0) init = 1;
        var plain = lua_toboolean(l, 4) != 0;
        var problem = PatternGuard.Check(
            new ReadOnlySpan<byte>(subject, (int)subjectLength),
            new ReadOnlySpan<byte>(pattern, (int)patternLength),
            init, plain, state.Engine.Settings.Sandbox);
        if (problem is not null) return HostDispatcher.Fail(l, problem);
        lua_pushboolean(l, 1);
        return 1;
    }

    private static int EnterCall(LuaSandboxState state, nint l)
    {
        var run = state.CurrentRun;
        var max = state.Engine.Settings.MaxCallDepth;
        if (run is null) return HostDispatcher.Fail(l, "no verb is running");
        if (run.CallDepth >= max) return HostDispatcher.Fail(l, $"maximum verb call depth ({max}) exceeded");
        run.CallDepth++;
        lua_pushboolean(l, 1);
        return 1;
    }

    private static int LeaveCall(LuaSandboxState state, nint l)
    {
        if (state.CurrentRun is { CallDepth: > 1 } run) run.CallDepth--;
        return 0;
    }

    private static int ObjectIdOf(LuaSandboxState state, nint l)
    {
        if (LuaValueReader.ReadObjectId(state, l, 1) is { } id) lua_pushinteger(l, id);
        else lua_pushnil(l);
        return 1;
    }

    private static int NewObject(LuaSandboxState state, nint l)
    {
        int isInteger;
        var id = lua_tointegerx(l, 1, &isInteger);
        if (isInteger == 0) lua_pushnil(l);
        else LuaValueWriter.PushObject(state, l, id);
        return 1;
    }
}
