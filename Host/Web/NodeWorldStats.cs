using ActorMoo.Actors.Sessions;
using ActorMoo.Net.Web.Stats;

namespace ActorMoo.Host.Web;

/// <summary>
/// The node's counters for <c>GET /api/world-stats</c>. Players online come from the live
/// sessions. The world does not yet count its objects and rooms or the commands it served, so
/// those are reported as unknown (JSON null) rather than invented.
/// </summary>
public sealed class NodeWorldStats(ConnectedPlayers connected) : IWorldStats
{
    /// <inheritdoc />
    public Task<WorldCounts> GetAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new WorldCounts(Objects: null, Rooms: null, PlayersOnline: connected.Count, CommandsServed: null));
}
