using ActorMoo.Actors.World.Players;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// What verb tasks need from outside the object store: who the players are, who is connected, and
/// the clock. One instance serves every task; the host builds it once with the real directories,
/// tests with in-memory ones.
/// </summary>
public sealed record VerbTaskServices
{
    /// <summary>Services with in-memory directories (no players known, nobody connected) and the system clock.</summary>
    public static VerbTaskServices Default { get; } = new();

    /// <summary>Every player object, for <c>players()</c>.</summary>
    public IPlayerDirectory Players { get; init; } = new InMemoryPlayerDirectory();

    /// <summary>The connected players, for <c>connected_players()</c>, <c>connected_seconds()</c> and <c>idle_seconds()</c>.</summary>
    public IConnectedPlayers Connected { get; init; } = new InMemoryConnectedPlayers();

    /// <summary>The clock connection and idle times are measured with.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
