using ActorMoo.Net.Web.Stats;

namespace ActorMoo.Net.Tests.Web.Support;

/// <summary>World counters set by the test.</summary>
internal sealed class FixedWorldStats(WorldCounts counts) : IWorldStats
{
    public WorldCounts Counts { get; set; } = counts;

    public Task<WorldCounts> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Counts);
}
