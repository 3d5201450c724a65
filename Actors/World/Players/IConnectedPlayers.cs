using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Players;

/// <summary>
/// The players connected right now, for <c>connected_players()</c>, <c>connected_seconds(p)</c> and
/// <c>idle_seconds(p)</c>. The sessions layer implements it from its live sessions;
/// <see cref="InMemoryConnectedPlayers"/> is the default (nobody connected) and the test double.
/// </summary>
/// <remarks>
/// Connections are not part of the world's transactional state: a task sees the connections of the
/// moment it asks, and a re-run of the task may see different ones.
/// </remarks>
public interface IConnectedPlayers
{
    /// <summary>Every connected player, in ascending id order.</summary>
    ValueTask<IReadOnlyList<ConnectedPlayer>> ConnectedAsync(CancellationToken cancellationToken = default);

    /// <summary>The connection of <paramref name="player"/>, or null when it is not connected.</summary>
    ValueTask<ConnectedPlayer?> FindAsync(ObjectId player, CancellationToken cancellationToken = default);
}

/// <summary>One connected player.</summary>
/// <param name="Player">The player object.</param>
/// <param name="ConnectedAt">When the player connected (the oldest of its connections, if several).</param>
/// <param name="LastInputAt">When the player last typed a line (the connection time if it has not yet).</param>
/// <param name="Terminal">What the player's client displays, or null when the sessions layer has not said.</param>
public sealed record ConnectedPlayer(ObjectId Player, DateTimeOffset ConnectedAt, DateTimeOffset LastInputAt, PlayerTerminal? Terminal = null);
