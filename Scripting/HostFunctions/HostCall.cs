using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.HostFunctions;

/// <summary>
/// One invocation of a host function: the run it belongs to and typed access to its arguments,
/// which the dispatcher has already checked against the declaration. Valid only during the call.
/// </summary>
public readonly ref struct HostCall
{
    private readonly LuaSandboxState _state;
    private readonly nint _l;

    internal HostCall(LuaSandboxState state, nint l, ScriptRun run, HostFunction function, int argumentCount)
    {
        _state = state;
        _l = l;
        Run = run;
        Function = function;
        ArgumentCount = argumentCount;
    }

    /// <summary>The state the call runs on (for the engine's own tests).</summary>
    internal LuaSandboxState State => _state;

    /// <summary>The run making the call (nested verb calls report their top-level run).</summary>
    public ScriptRun Run { get; }

    /// <summary>The world's context object given when the run was started.</summary>
    public object? Context => Run.Context;

    /// <summary>The function being called.</summary>
    public HostFunction Function { get; }

    /// <summary>
    /// Number of arguments received: the declared parameter count for functions with fixed
    /// parameters (omitted ones arrive as nil, extra ones are dropped, as for Lua functions),
    /// the actual count for variadic ones.
    /// </summary>
    public int ArgumentCount { get; }

    /// <summary>True when argument <paramref name="index"/> (0-based) is absent or nil.</summary>
    public bool IsNil(int index) => index >= ArgumentCount || lua_type(_l, index + 1) <= TNil;

    /// <summary>A boolean argument (Lua truthiness for non-booleans).</summary>
    public bool GetBoolean(int index) => lua_toboolean(_l, index + 1) != 0;

    /// <summary>An integer argument; floats with an integral value are converted.</summary>
    public unsafe long GetInteger(int index) => lua_tointegerx(_l, index + 1, null);

    /// <summary>A numeric argument.</summary>
    public unsafe double GetNumber(int index) => lua_tonumberx(_l, index + 1, null);

    /// <summary>A string argument (declared <see cref="HostArgType.String"/>).</summary>
    /// <exception cref="MarshalException">Invalid UTF-8 or over the marshal limit; reported to the script as a bad argument.</exception>
    public string GetString(int index) =>
        lua_type(_l, index + 1) == TString
            ? LuaValueReader.ReadString(_l, index + 1, _state.Engine.Settings.Marshal.MaxStringBytes)
            : throw new MarshalException($"string expected for argument #{index + 1}");

    /// <summary>An object argument (declared <see cref="HostArgType.Object"/>).</summary>
    public ObjectId GetObject(int index) =>
        new(LuaValueReader.ReadObjectId(_state, _l, index + 1) ?? throw new MarshalException("object expected"));

    /// <summary>Any argument as a world value, within the marshal limits.</summary>
    /// <exception cref="MarshalException">Not a world value; reported to the script as a bad argument.</exception>
    public MooValue GetValue(int index) =>
        index >= ArgumentCount ? MooValue.Nil : new LuaValueReader(_state, _l, _state.Engine.Settings.Marshal).Read(index + 1);
}
