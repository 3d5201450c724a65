using System.Buffers;
using System.Text;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Lua;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Values;

/// <summary>
/// Pushes world values onto a Lua stack: lists become sequences, maps become tables, objects
/// become the state's interned object userdata, strings are UTF-8. Only raw operations are
/// used, so no metamethod (user code) can run while C# is on the stack.
/// </summary>
internal static unsafe class LuaValueWriter
{
    /// <summary>Pushes <paramref name="value"/>; the caller has already checked stack space for one slot.</summary>
    /// <exception cref="MarshalException">The Lua stack cannot grow enough for a nested value (values pushed so far stay on it).</exception>
    public static void Push(LuaSandboxState state, nint l, in MooValue value)
    {
        switch (value.Kind)
        {
            case MooValueKind.Nil: lua_pushnil(l); break;
            case MooValueKind.Boolean: lua_pushboolean(l, value.Bits != 0 ? 1 : 0); break;
            case MooValueKind.Integer: lua_pushinteger(l, value.Bits); break;
            case MooValueKind.Float: lua_pushnumber(l, value.AsFloat()); break;
            case MooValueKind.String: PushString(l, (string)value.Reference!); break;
            case MooValueKind.Object: PushObject(state, l, value.Bits); break;
            case MooValueKind.List: PushList(state, l, value); break;
            case MooValueKind.Map: PushMap(state, l, value); break;
        }
    }

    /// <summary>Pushes a .NET string as UTF-8.</summary>
    public static void PushString(nint l, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        if (length <= 256)
        {
            Span<byte> buffer = stackalloc byte[length];
            Encoding.UTF8.GetBytes(text, buffer);
            fixed (byte* p = buffer) lua_pushlstring(l, p, (nuint)length);
            return;
        }
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Encoding.UTF8.GetBytes(text, rented);
            fixed (byte* p = rented) lua_pushlstring(l, p, (nuint)length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Pushes the interned userdata for object <paramref name="id"/>, creating it on first use.</summary>
    public static void PushObject(LuaSandboxState state, nint l, long id)
    {
        EnsureStack(l, 4);
        lua_rawgeti(l, RegistryIndex, state.ObjectCacheRef);
        if (lua_rawgeti(l, -1, id) == TUserdata)
        {
            lua_rotate(l, -2, 1);
            Pop(l, 1);
            return;
        }
        Pop(l, 1);
        var payload = (long*)lua_newuserdatauv(l, sizeof(long), 0);
        *payload = id;
        lua_rawgeti(l, RegistryIndex, state.ObjectMetaRef);
        lua_setmetatable(l, -2);
        lua_pushvalue(l, -1);
        lua_rawseti(l, -3, id);
        lua_rotate(l, -2, 1);
        Pop(l, 1);
    }

    /// <summary>Pushing past a failed lua_checkstack would corrupt memory: refuse instead.</summary>
    private static void EnsureStack(nint l, int slots)
    {
        if (lua_checkstack(l, slots) == 0) throw new MarshalException("value too deeply nested for the Lua stack");
    }

    private static void PushList(LuaSandboxState state, nint l, in MooValue value)
    {
        var items = value.AsList();
        EnsureStack(l, 3);
        lua_createtable(l, items.Length, 0);
        for (var i = 0; i < items.Length; i++)
        {
            Push(state, l, items[i]);
            lua_rawseti(l, -2, i + 1);
        }
    }

    private static void PushMap(LuaSandboxState state, nint l, in MooValue value)
    {
        var map = value.AsMap();
        EnsureStack(l, 4);
        lua_createtable(l, 0, map.Count);
        foreach (var (key, item) in map)
        {
            Push(state, l, key);
            Push(state, l, item);
            lua_rawset(l, -3);
        }
    }
}
