using System.Collections.Concurrent;

namespace ActorMoo.Net.Edge;

/// <summary>
/// Counts one listener's open connections per remote address and enforces a limit on them, so
/// that one machine cannot take every connection the node can hold. Shared by the telnet and the
/// websocket edges, each with its own instance and limit. Thread-safe; an address's entry exists
/// only while it has connections open, so the map does not grow with every address ever seen.
/// </summary>
public sealed class ConnectionsPerAddress
{
    private readonly ConcurrentDictionary<string, int> _perAddress = new(StringComparer.Ordinal);

    private int _open;

    /// <summary>Connections open now, from all addresses.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>Connections open now from <paramref name="address"/>.</summary>
    public int OpenFrom(string address) => _perAddress.GetValueOrDefault(address);

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
                // Remove the entry only if nobody raised it meanwhile.
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
