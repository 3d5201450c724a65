using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Players;

/// <summary>
/// Every player object of the world, for <c>players()</c>. The accounts layer keeps the real,
/// persistent one (every account owns a player object); <see cref="InMemoryPlayerDirectory"/> is
/// the default and the test double.
/// </summary>
/// <remarks>
/// The directory may lag behind the world (a player recycled a moment ago, a flag set by a task
/// that has not committed): <c>players()</c> reads each candidate in its task and keeps only valid
/// objects with the player flag, and adds the objects the task itself made players.
/// </remarks>
public interface IPlayerDirectory
{
    /// <summary>The ids of every known player object, in ascending order.</summary>
    ValueTask<IReadOnlyList<ObjectId>> PlayersAsync(CancellationToken cancellationToken = default);
}
