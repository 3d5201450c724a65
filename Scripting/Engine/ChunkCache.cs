using System.Text;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Engine;

/// <summary>
/// Compiled verbs of one state, by (verb id, version), least recently used dropped first.
/// Each entry is a <em>factory</em>: the verb compiled as
/// <c>local _ENV = ...; return function(...) &lt;source&gt; end</c>, so a run gets its own
/// closure over its own environment for the price of one call, without recompiling.
/// </summary>
internal sealed unsafe class ChunkCache(LuaSandboxState state, int capacity)
{
    private sealed record Entry((string Id, long Version) Key, int Ref, long Bytes);

    private readonly Dictionary<(string Id, long Version), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>Lookups answered from the cache (for tests and benchmarks).</summary>
    public long Hits { get; private set; }

    /// <summary>Lookups that compiled.</summary>
    public long Misses { get; private set; }

    /// <summary>Bytes attributed to the cached chunks when they were compiled.</summary>
    public long ApproximateBytes { get; private set; }

    /// <summary>Number of cached verbs.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The registry ref of the verb's factory, compiling it on a miss; 0 with
    /// <paramref name="error"/> set when the source does not compile.
    /// </summary>
    public int GetOrCompile(VerbCode code, out string? error)
    {
        var key = (code.Id, code.Version);
        if (_entries.TryGetValue(key, out var node))
        {
            Hits++;
            _recency.Remove(node);
            _recency.AddFirst(node);
            error = null;
            return node.Value.Ref;
        }
        Misses++;
        var before = state.UsedBytes;
        var reference = Compile(code, out error);
        if (reference == 0) return 0;
        var entry = new Entry(key, reference, state.UsedBytes - before);
        _entries[key] = _recency.AddFirst(entry);
        ApproximateBytes += entry.Bytes;
        while (_entries.Count > capacity) Evict(_recency.Last!);
        return reference;
    }

    private void Evict(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        ApproximateBytes -= node.Value.Bytes;
        luaL_unref(state.L, RegistryIndex, node.Value.Ref);
    }

    private int Compile(VerbCode code, out string? error)
    {
        var max = state.Engine.Settings.MaxSourceBytes;
        if (Encoding.UTF8.GetByteCount(code.Source) > max)
        {
            error = $"{code.Name}: source exceeds {max} bytes";
            return 0;
        }
        var name = Encoding.UTF8.GetBytes("=" + code.Name + "\0");
        // Compile the body alone first: its syntax errors then carry the verb's own line numbers
        // and cannot be confused by the wrapper (an unbalanced 'end' would otherwise escape it).
        error = Load(Encoding.UTF8.GetBytes(code.Source), name);
        if (error is not null) return 0;
        Pop(state.L, 1);
        error = Load(Encoding.UTF8.GetBytes("local _ENV = ...; return function(...) " + code.Source + "\nend"), name);
        if (error is not null) return 0;
        return luaL_ref(state.L, RegistryIndex);
    }

    /// <summary>Loads text (never binary) onto the main thread; returns the error, or null with the function pushed.</summary>
    private string? Load(byte[] source, byte[] name)
    {
        int status;
        fixed (byte* text = source)
        fixed (byte* chunkName = name)
        fixed (byte* mode = "t\0"u8)
        {
            status = luaL_loadbufferx(state.L, text, (nuint)source.Length, chunkName, mode);
        }
        if (status == Ok) return null;
        var message = LuaSandboxState.ErrorText(state.L);
        Pop(state.L, 1);
        return message;
    }
}
