using System.Collections.Concurrent;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// State shared by all telnet listeners of a node: session ids, the count of open connections
/// (for MSSP and logs) and the per-address connection limit.
/// </summary>
public sealed class TelnetConnectionRegistry
{
    private readonly ConcurrentDictionary<string, int> _perAddress = new(StringComparer.Ordinal);

    /// <summary>
    /// Distinguishes this edge's session ids from those of earlier runs: sessions are persistent
    /// actors, so a restarted edge counting from 1 again would wake up an old session's state.
    /// </summary>
    private readonly string _incarnation = Guid.NewGuid().ToString("N")[..8];

    private long _lastId;

    private int _open;

    /// <summary>Connections open now.</summary>
    public int OpenConnections => Volatile.Read(ref _open);

    /// <summary>A session id never used before, by this edge or an earlier run of it: <c>telnet-&lt;incarnation&gt;-1</c>, <c>-2</c>…</summary>
    public string NextSessionId() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"telnet-{_incarnation}-{Interlocked.Increment(ref _lastId)}");

    /// <summary>Counts a new connection from <paramref name="address"/>; false (and nothing counted) when that address already has <paramref name="limit"/> open.</summary>
    public bool TryOpen(string address, int limit)
    {
        while (true)
        {
            int current = _perAddress.GetOrAdd(address, 0);
            if (current >= limit)
            {
                return false;
            }

            if (_perAddress.TryUpdate(address, current + 1, current))
            {
                Interlocked.Increment(ref _open);
                return true;
            }
        }
    }

    /// <summary>Uncounts a connection counted by <see cref="TryOpen"/>.</summary>
    public void Close(string address)
    {
        Interlocked.Decrement(ref _open);
        while (true)
        {
            int current = _perAddress.GetOrAdd(address, 1);
            if (current <= 1)
            {
                // Remove the entry only if nobody raised it meanwhile, so the map does not grow with every address ever seen.
                if (_perAddress.TryRemove(KeyValuePair.Create(address, current)))
                {
                    return;
                }
            }
            else if (_perAddress.TryUpdate(address, current - 1, current))
            {
                return;
            }
        }
    }
}
