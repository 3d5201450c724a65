namespace ActorMoo.Net.Web.Stats;

/// <summary>
/// The world's counters for <c>GET /api/world-stats</c>. The world side implements it (it knows
/// its objects and sessions); the API adds the uptime, which is the edge's own.
/// </summary>
public interface IWorldStats
{
    /// <summary>The counters now. May be slightly stale: they are for display, not for decisions.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<WorldCounts> GetAsync(CancellationToken cancellationToken);
}

/// <summary>The world's counters; null where the world does not count that (yet), which the API passes on as JSON null.</summary>
/// <param name="Objects">Valid objects in the world.</param>
/// <param name="Rooms">Of those, rooms.</param>
/// <param name="PlayersOnline">Players connected now.</param>
/// <param name="CommandsServed">Commands run since the node started.</param>
public sealed record WorldCounts(long? Objects, long? Rooms, long PlayersOnline, long? CommandsServed);
