using ActorMoo.Net.Edge;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// State shared by all telnet listeners of a node: session ids, the count of open connections
/// (for MSSP and logs) and the per-address connection limit.
/// </summary>
public sealed class TelnetConnectionRegistry
{
    private readonly ConnectionsPerAddress _connections = new();

    /// <summary>
    /// Distinguishes this edge's session ids from those of earlier runs: sessions are persistent
    /// actors, so a restarted edge counting from 1 again would wake up an old session's state.
    /// </summary>
    private readonly string _incarnation = Guid.NewGuid().ToString("N")[..8];

    private long _lastId;

    /// <summary>Connections open now.</summary>
    public int OpenConnections => _connections.Open;

    /// <summary>Connections open now from <paramref name="address"/>.</summary>
    public int OpenFrom(string address) => _connections.OpenFrom(address);

    /// <summary>A session id never used before, by this edge or an earlier run of it: <c>telnet-&lt;incarnation&gt;-1</c>, <c>-2</c>…</summary>
    public string NextSessionId() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"telnet-{_incarnation}-{Interlocked.Increment(ref _lastId)}");

    /// <summary>Counts a new connection from <paramref name="address"/>; false (and nothing counted) when that address already has <paramref name="limit"/> open.</summary>
    public bool TryOpen(string address, int limit) => _connections.TryOpen(address, limit);

    /// <summary>Uncounts a connection counted by <see cref="TryOpen"/>.</summary>
    public void Close(string address) => _connections.Close(address);
}
