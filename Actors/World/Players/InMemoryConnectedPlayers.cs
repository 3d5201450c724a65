using System.Collections.Concurrent;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Players;

/// <summary>
/// Connected players held in memory: <see cref="Connect"/>, <see cref="Touch"/> and
/// <see cref="Disconnect"/> record what happens. With nobody recording, nobody is connected, which is
/// right for a world running without an edge. Thread-safe.
/// </summary>
public sealed class InMemoryConnectedPlayers : IConnectedPlayers
{
    private readonly ConcurrentDictionary<ObjectId, ConnectedPlayer> _connected = new();

    /// <summary>Records that <paramref name="player"/> connected at <paramref name="at"/> (replacing an earlier record).</summary>
    public void Connect(ObjectId player, DateTimeOffset at) => _connected[player] = new ConnectedPlayer(player, at, at);

    /// <summary>Records input from <paramref name="player"/> at <paramref name="at"/>; ignored when it is not connected.</summary>
    public void Touch(ObjectId player, DateTimeOffset at)
    {
        while (_connected.TryGetValue(player, out var current)
            && !_connected.TryUpdate(player, current with { LastInputAt = at }, current))
        {
            // Another thread changed the record meanwhile: retry with its version.
        }
    }

    /// <summary>Records that <paramref name="player"/> disconnected; true when it was connected.</summary>
    public bool Disconnect(ObjectId player) => _connected.TryRemove(player, out _);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ConnectedPlayer>> ConnectedAsync(CancellationToken cancellationToken = default) =>
        new([.. _connected.Values.OrderBy(c => c.Player.Value)]);

    /// <inheritdoc />
    public ValueTask<ConnectedPlayer?> FindAsync(ObjectId player, CancellationToken cancellationToken = default) =>
        new(_connected.TryGetValue(player, out var found) ? found : null);
}
