using ActorMoo.Actors.Server;
using ActorMoo.Host.Persistence;
using ActorMoo.Host.Sessions;
using ActorMoo.Host.World;
using ActorMoo.Net.Web.Stats;

namespace ActorMoo.Host.Web;

/// <summary>
/// The node's counters for <c>GET /api/world-stats</c>: players online from the live sessions,
/// commands served from the sessions' counter, objects and rooms from a <see cref="WorldCensus"/>
/// (taken at most every <see cref="WorldCensus.DefaultMaxAge"/>, so a busy status page never walks
/// the world on every request). Used only while the host runs (the web server starts after the world).
/// </summary>
public sealed class NodeWorldStats(PersistenceLifetime persistence, WorldLifetime world, SessionLifetime sessions, TimeProvider time) : IWorldStats
{
    private readonly Lazy<WorldCensus> _census = new(() => new WorldCensus(world.World.Tasks, persistence.Runtime.Journal, time));

    /// <inheritdoc />
    public async Task<WorldCounts> GetAsync(CancellationToken cancellationToken)
    {
        var counts = await _census.Value.CountAsync(cancellationToken).ConfigureAwait(false);
        var running = sessions.Sessions;
        return new WorldCounts(counts.Objects, counts.Rooms, running.Connected.Count, running.Services.Commands.Total);
    }
}
