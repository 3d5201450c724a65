using System.Text;
using ActorMoo.Scripting.Engine;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Values;

/// <summary>
/// Reads Lua values into world values within <see cref="MarshalLimits"/>. Tables are read raw
/// (metatables are ignored, no metamethod runs); a table whose keys are exactly 1..n is a list,
/// any other table a map (so an empty table is an empty list).
/// </summary>
internal ref struct LuaValueReader
{
    /// <summary>Decoder that throws on malformed UTF-8 instead of substituting characters.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly LuaSandboxState _state;
    private readonly nint _l;
    private readonly MarshalLimits _limits;

    /// <summary>List items and map entries read so far, over all levels.</summary>
    private int _elements;

    public LuaValueReader(LuaSandboxState state, nint l, MarshalLimits limits)
    {
        _state = state;
        _l = l;
        _limits = limits;
    }

    /// <summary>Reads the value at <paramref name="index"/>.</summary>
    /// <exception cref="MarshalException">The value is not a world value or breaks a limit.</exception>
    public MooValue Read(int index) => Read(lua_absindex(_l, index), 0);

    /// <summary>Reads a string at <paramref name="index"/>, which the caller knows is a Lua string.</summary>
    public static unsafe string ReadString(nint l, int index, int maxBytes)
    {
        nuint length;
        var bytes = lua_tolstring(l, index, &length);
        if (length > (nuint)maxBytes) throw new MarshalException($"string of {length} bytes exceeds the limit of {maxBytes}");
        try
        {
            return StrictUtf8.GetString(bytes, (int)length);
        }
        catch (DecoderFallbackException)
        {
            throw new MarshalException("string is not valid UTF-8");
        }
    }

    /// <summary>A Lua string as text for messages: malformed UTF-8 becomes U+FFFD instead of failing.</summary>
    public static unsafe string ReadStringLenient(nint l, int index)
    {
        nuint length;
        var bytes = lua_tolstring(l, index, &length);
        return Encoding.UTF8.GetString(bytes, (int)Math.Min(length, (nuint)int.MaxValue));
    }

    /// <summary>The object number of an object userdata at <paramref name="index"/>, or null for any other value.</summary>
    public static unsafe long? ReadObjectId(LuaSandboxState state, nint l, int index)
    {
        if (lua_type(l, index) != TUserdata || lua_getmetatable(l, index) == 0) return null;
        lua_rawgeti(l, RegistryIndex, state.ObjectMetaRef);
        var isObject = lua_rawequal(l, -1, -2) != 0;
        Pop(l, 2);
        return isObject ? *(long*)lua_touserdata(l, index) : null;
    }

    private unsafe MooValue Read(int index, int depth)
    {
        switch (lua_type(_l, index))
        {
            case TNil: return MooValue.Nil;
            case TBoolean: return MooValue.Boolean(lua_toboolean(_l, index) != 0);
            case TNumber:
                return lua_isinteger(_l, index) != 0
                    ? MooValue.Integer(lua_tointegerx(_l, index, null))
                    : MooValue.Float(lua_tonumberx(_l, index, null));
            case TString: return MooValue.String(ReadString(_l, index, _limits.MaxStringBytes));
            case TUserdata:
                var id = ReadObjectId(_state, _l, index);
                return id is { } value ? MooValue.Object(new ObjectId(value)) : throw new MarshalException("a userdata is not a world value");
            case TTable: return ReadTable(index, depth + 1);
            case TFunction: throw new MarshalException("a function is not a world value");
            case TThread: throw new MarshalException("a coroutine is not a world value");
            default: throw new MarshalException("a light userdata is not a world value");
        }
    }

    private MooValue ReadTable(int index, int depth)
    {
        if (depth > _limits.MaxDepth) throw new MarshalException($"tables nested deeper than {_limits.MaxDepth} levels (or cyclic)");
        if (lua_checkstack(_l, 4) == 0) throw new MarshalException("Lua stack exhausted");
        var entries = new List<KeyValuePair<MooValue, MooValue>>();
        var sequence = true;
        lua_pushnil(_l);
        while (lua_next(_l, index) != 0)
        {
            if (++_elements > _limits.MaxElements) { Pop(_l, 2); throw new MarshalException($"value has more than {_limits.MaxElements} elements"); }
            MooValue key, value;
            try
            {
                key = ReadKey(-2, depth);
                value = Read(lua_absindex(_l, -1), depth);
            }
            catch
            {
                Pop(_l, 2);
                throw;
            }
            Pop(_l, 1);
            sequence &= key.Kind == MooValueKind.Integer && key.Bits >= 1;
            entries.Add(new(key, value));
        }
        if (sequence && IsDenseSequence(entries))
        {
            var items = new MooValue[entries.Count];
            foreach (var (key, value) in entries) items[key.Bits - 1] = value;
            return MooValue.ListOwning(items);
        }
        return MooValue.Map(entries);
    }

    private MooValue ReadKey(int index, int depth)
    {
        // Never lua_tolstring a number key: it converts in place and breaks lua_next.
        var key = lua_type(_l, index) switch
        {
            TString or TNumber or TBoolean or TUserdata => Read(lua_absindex(_l, index), depth),
            _ => throw new MarshalException("table keys must be strings, numbers, booleans or objects"),
        };
        return MooValue.IsValidMapKey(key) ? key : throw new MarshalException($"{key} cannot be a map key");
    }

    private static bool IsDenseSequence(List<KeyValuePair<MooValue, MooValue>> entries)
    {
        var count = entries.Count;
        foreach (var (key, _) in entries)
        {
            if (key.Bits > count) return false;
        }
        return true;
    }
}
