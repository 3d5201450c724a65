using System.Runtime.InteropServices;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.HostFunctions;

/// <summary>
/// The single native entry point of every host function: a C closure whose first upvalue is the
/// function's index in <see cref="ScriptEngine.Functions"/>. It checks the arguments against the
/// declaration, runs the handler and pushes <c>(true, value)</c>, <c>(false, message)</c>,
/// <c>nil</c> (wait) or <c>(1, call)</c> for the Lua wrapper. It never raises or yields, and it
/// catches every exception: nothing may unwind through the native frames below it.
/// </summary>
internal static unsafe class HostDispatcher
{
    /// <summary>The function pointer pushed as a C closure for each host function.</summary>
    public static delegate* unmanaged<nint, int> Pointer => &Dispatch;

    [UnmanagedCallersOnly]
    private static int Dispatch(nint l)
    {
        var state = LuaSandboxState.FromLua(l);
        var control = state.Control;
        var enforcing = control->Enforcing;
        // Allocations made while C# is on the stack must never fail (a Lua error here would
        // longjmp across this frame); they are counted and the next Lua allocation pays.
        control->Enforcing = 0;
        var function = state.Engine.Functions[(int)lua_tointegerx(l, UpvalueIndex(1), null)];
        var count = lua_gettop(l);
        try
        {
            var run = state.CurrentRun;
            if (run is null) return Fail(l, $"{function.QualifiedName} is only available while a verb runs");
            var problem = CheckArguments(state, l, function, count);
            if (problem is not null) return Fail(l, problem);
            var result = function.Handler(new HostCall(state, l, run, function, count));
            return state.PushHostResult(l, run, function, result);
        }
        catch (MarshalException e)
        {
            // Drop anything a half-finished push left above the arguments.
            lua_settop(l, count);
            return Fail(l, $"bad argument to '{function.QualifiedName}' ({e.Message})");
        }
        catch (Exception e)
        {
            lua_settop(l, count);
            state.Engine.LogHostFunctionFailure(function.QualifiedName, e);
            return Fail(l, $"internal error in {function.QualifiedName}");
        }
        finally
        {
            control->Enforcing = enforcing;
        }
    }

    /// <summary>Pushes <c>(false, message)</c> (the caller guarantees two free stack slots, as every C function has).</summary>
    public static int Fail(nint l, string message)
    {
        lua_pushboolean(l, 0);
        LuaValueWriter.PushString(l, message);
        return 2;
    }

    private static string? CheckArguments(LuaSandboxState state, nint l, HostFunction function, int count)
    {
        var parameters = function.ParameterArray;
        if (count < function.MinArgs)
        {
            var missing = parameters[count];
            return $"bad argument #{count + 1} to '{function.QualifiedName}' ({Describe(missing.Type)} expected, got no value)";
        }
        if (count > function.MaxArgs)
        {
            return $"wrong number of arguments to '{function.QualifiedName}' (at most {function.MaxArgs} expected, got {count})";
        }
        var checkedCount = Math.Min(count, parameters.Length);
        for (var i = 0; i < checkedCount; i++)
        {
            var parameter = parameters[i];
            // Fast path for the commonest declaration: an integer argument that is an integer.
            if (parameter.Type == HostArgType.Integer && lua_isinteger(l, i + 1) != 0) continue;
            var type = lua_type(l, i + 1);
            if (type == TNil && parameter.Optional) continue;
            if (!Accepts(state, l, i + 1, type, parameter.Type))
            {
                return $"bad argument #{i + 1} to '{function.QualifiedName}' ({Describe(parameter.Type)} expected, got {TypeName(state, l, i + 1, type)})";
            }
        }
        return null;
    }

    private static bool Accepts(LuaSandboxState state, nint l, int index, int type, HostArgType expected)
    {
        switch (expected)
        {
            case HostArgType.Any: return true;
            case HostArgType.Boolean: return type == TBoolean;
            case HostArgType.Number: return type == TNumber;
            case HostArgType.String: return type == TString;
            case HostArgType.Table: return type == TTable;
            case HostArgType.Object: return type == TUserdata && LuaValueReader.ReadObjectId(state, l, index) is not null;
            case HostArgType.Integer:
                if (type != TNumber) return false;
                int isInteger;
                lua_tointegerx(l, index, &isInteger);
                return isInteger != 0;
            default: return false;
        }
    }

    private static string Describe(HostArgType type) => type switch
    {
        HostArgType.Any => "value",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>The Lua type name of a value, with "object" for object references.</summary>
    public static string TypeName(LuaSandboxState state, nint l, int index, int type) => type switch
    {
        TNone => "no value",
        TNil => "nil",
        TBoolean => "boolean",
        TNumber => "number",
        TString => "string",
        TTable => "table",
        TFunction => "function",
        TThread => "thread",
        TUserdata => LuaValueReader.ReadObjectId(state, l, index) is null ? "userdata" : "object",
        _ => "userdata",
    };
}
