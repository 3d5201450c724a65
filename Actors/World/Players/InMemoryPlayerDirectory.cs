using System.Collections.Concurrent;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Players;

/// <summary>
/// A player directory held in memory: players are added and removed by whoever creates them
/// (tests, a starter-core loader). It forgets everything when the process stops, so a server uses
/// the accounts layer's persistent directory instead. Thread-safe.
/// </summary>
public sealed class InMemoryPlayerDirectory : IPlayerDirectory
{
    /// <summary>The known players; the value is unused (a concurrent set).</summary>
    private readonly ConcurrentDictionary<ObjectId, byte> _players = new();

    /// <summary>Creates a directory knowing <paramref name="players"/>.</summary>
    public InMemoryPlayerDirectory(params IEnumerable<ObjectId> players)
    {
        ArgumentNullException.ThrowIfNull(players);
        foreach (var player in players)
            Add(player);
    }

    /// <summary>Records <paramref name="player"/> as a player; true when it was not known yet.</summary>
    public bool Add(ObjectId player) => _players.TryAdd(player, 0);

    /// <summary>Forgets <paramref name="player"/>; true when it was known.</summary>
    public bool Remove(ObjectId player) => _players.TryRemove(player, out _);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ObjectId>> PlayersAsync(CancellationToken cancellationToken = default) =>
        new([.. _players.Keys.Order()]);
}
