using System.Collections.Concurrent;
using ActorMoo.Actors.World.Players;
using ActorMoo.Runtime.Core;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// Which session each connected player is bound to, and where its output goes: the sessions'
/// side of <see cref="IConnectedPlayers"/> (for <c>connected_players()</c>, <c>idle_seconds()</c>)
/// and the table <see cref="SessionOutputRouter"/> routes committed output with. A player has at
/// most one session: connecting again takes the player over (<see cref="Bind"/> returns the old one).
/// </summary>
/// <remarks>Thread-safe; written by session actors, read by tasks and the router on any thread.</remarks>
public sealed class ConnectedPlayers : IConnectedPlayers
{
    private readonly ConcurrentDictionary<ObjectId, PlayerConnection> _byPlayer = new();

    /// <summary>The number of connected players.</summary>
    public int Count => _byPlayer.Count;

    /// <summary>
    /// Binds <paramref name="player"/> to a session; returns the connection it replaces (the session
    /// being taken over), or null.
    /// </summary>
    public PlayerConnection? Bind(ObjectId player, string sessionId, IActorRef client, DateTimeOffset at)
    {
        PlayerConnection? previous = null;
        _byPlayer.AddOrUpdate(
            player,
            _ => new PlayerConnection(player, sessionId, client, at, at),
            (_, old) =>
            {
                previous = old.SessionId == sessionId ? null : old;
                return new PlayerConnection(player, sessionId, client, at, at);
            });
        return previous;
    }

    /// <summary>Unbinds <paramref name="player"/> if it is still bound to <paramref name="sessionId"/> (a taken-over session must not unbind its successor); true when it was.</summary>
    public bool Unbind(ObjectId player, string sessionId) =>
        _byPlayer.TryGetValue(player, out var current)
        && current.SessionId == sessionId
        && _byPlayer.TryRemove(KeyValuePair.Create(player, current));

    /// <summary>Records that <paramref name="player"/> typed a line at <paramref name="at"/>.</summary>
    public void Touch(ObjectId player, DateTimeOffset at)
    {
        while (_byPlayer.TryGetValue(player, out var current)
            && !_byPlayer.TryUpdate(player, current with { LastInputAt = at }, current))
        {
            // Changed meanwhile by another session event: retry with the newer record.
        }
    }

    /// <summary>Records what the client of <paramref name="player"/> displays, if the player is still bound to <paramref name="sessionId"/>.</summary>
    public void Describe(ObjectId player, string sessionId, PlayerTerminal terminal)
    {
        while (_byPlayer.TryGetValue(player, out var current)
            && current.SessionId == sessionId
            && !_byPlayer.TryUpdate(player, current with { Terminal = terminal }, current))
        {
            // Changed meanwhile by another session event: retry with the newer record.
        }
    }

    /// <summary>The connection of <paramref name="player"/>, or null.</summary>
    public PlayerConnection? Find(ObjectId player) => _byPlayer.GetValueOrDefault(player);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ConnectedPlayer>> ConnectedAsync(CancellationToken cancellationToken = default) =>
        new([.. _byPlayer.Values.OrderBy(c => c.Player.Value).Select(c => c.ToConnectedPlayer())]);

    /// <inheritdoc />
    public ValueTask<ConnectedPlayer?> FindAsync(ObjectId player, CancellationToken cancellationToken = default) =>
        new(Find(player)?.ToConnectedPlayer());
}

/// <summary>A player's live connection.</summary>
/// <param name="Player">The player.</param>
/// <param name="SessionId">Its session.</param>
/// <param name="Client">The edge's connection actor, where output goes.</param>
/// <param name="ConnectedAt">When the player logged in.</param>
/// <param name="LastInputAt">When the player last typed a line.</param>
/// <param name="Terminal">What the client displays (see <see cref="ConnectedPlayers.Describe"/>), or null until the session said.</param>
public sealed record PlayerConnection(ObjectId Player, string SessionId, IActorRef Client, DateTimeOffset ConnectedAt, DateTimeOffset LastInputAt, PlayerTerminal? Terminal = null)
{
    /// <summary>The world's view of the connection.</summary>
    public ConnectedPlayer ToConnectedPlayer() => new(Player, ConnectedAt, LastInputAt, Terminal);
}
