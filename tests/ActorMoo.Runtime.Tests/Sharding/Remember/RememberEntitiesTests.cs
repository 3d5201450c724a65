using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.TestKit;
using static ActorMoo.Runtime.Tests.Sharding.TestEntityProtocol;

namespace ActorMoo.Runtime.Tests.Sharding.Remember;

public sealed class RememberEntitiesTests : ActorTestKit
{
    private static readonly ShardingSettings Settings = new()
    {
        ShardCount = 5,
        PassivationIdleTimeout = TimeSpan.Zero,
        RememberEntitiesRetryInterval = TimeSpan.FromSeconds(3),
    };

    private readonly InMemoryRememberEntitiesStore _store = new();

    private IActorRef StartRegion(TestProbe observer, IRememberEntitiesStore? store = null) =>
        ClusterSharding.Get(Sys).Start("things", _ => TestEntity.PropsFor(observer.Ref), new ShardingEnvelopeExtractor(Settings.ShardCount), Settings,
            rememberEntities: store ?? _store);

    private static Task RememberAsync(IRememberEntitiesStore store, params string[] ids) =>
        Task.WhenAll(ids.Select(id => store.UpdateAsync("things", StableShardHash.ShardOf(id, Settings.ShardCount), [id], [], CancellationToken.None)));

    [Fact]
    public async Task Remembered_entities_must_be_activated_when_the_region_starts()
    {
        await RememberAsync(_store, "a", "b", "c");
        var observer = CreateTestProbe();

        StartRegion(observer);

        var started = (await observer.ReceiveNAsync(3)).Cast<Started>().Select(s => s.EntityId).Order();
        Assert.Equal(["a", "b", "c"], started);
    }

    [Fact]
    public async Task Entities_started_through_the_region_must_be_remembered_and_passivated_ones_forgotten()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);
        foreach (var id in new[] { "a", "b" }) region.Tell(new ShardingEnvelope(id, new Echo(id)), TestActor.Ref);
        await ReceiveNAsync(2);
        Assert.Equal(["a", "b"], _store.EntitiesOf("things").Order());

        region.Tell(new ShardingEnvelope("b", new RequestPassivation(PoisonPill.Instance)));

        await AwaitAssertAsync(() => Assert.Equal(["a"], _store.EntitiesOf("things")));
    }

    [Fact]
    public async Task A_region_started_again_must_bring_back_the_entities_it_hosted()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);
        foreach (var id in new[] { "a", "b", "c" }) region.Tell(new ShardingEnvelope(id, new Echo(id)), TestActor.Ref);
        await ReceiveNAsync(3);
        region.Tell(new ShardingEnvelope("c", new RequestPassivation(PoisonPill.Instance)));
        await AwaitAssertAsync(() => Assert.Equal(2, _store.EntitiesOf("things").Count));
        var stopped = Sys.WhenStopped(region);
        region.Tell(ShardRegion.GracefulShutdown.Instance);
        await stopped.WaitAsync(TestKitDefaults.ExpectTimeout);
        await observer.ReceiveNAsync(6); // three starts, three stops

        StartRegion(observer);

        var started = (await observer.ReceiveNAsync(2)).Cast<Started>().Select(s => s.EntityId).Order();
        Assert.Equal(["a", "b"], started);
        await observer.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task A_failed_remember_write_must_be_retried_and_lose_no_message()
    {
        var store = new FlakyStore(_store, failures: 1);
        var observer = CreateTestProbe();
        var region = StartRegion(observer, store);

        region.Tell(new ShardingEnvelope("a", new Echo(1)), TestActor.Ref);
        region.Tell(new ShardingEnvelope("a", new Echo(2)), TestActor.Ref);

        await ExpectErrorLoggedAsync<IOException>();
        await ExpectNoMsgAsync();
        Advance(Settings.RememberEntitiesRetryInterval);
        var replies = (await ReceiveNAsync(2)).Cast<Echoed>();
        Assert.Equal([1, 2], replies.Select(r => (int)r.Payload));
        Assert.Equal(["a"], _store.EntitiesOf("things"));
    }

    [Fact]
    public async Task A_remembered_entity_that_stops_by_itself_must_stay_remembered()
    {
        var observer = CreateTestProbe();
        var region = ClusterSharding.Get(Sys).Start("things", _ => TestEntity.PropsFor(observer.Ref), new ShardingEnvelopeExtractor(Settings.ShardCount), Settings,
            rememberEntities: _store, entitySupervisorStrategy: SupervisorStrategy.Stopping);
        region.Tell(new ShardingEnvelope("a", new Echo(1)), TestActor.Ref);
        await ExpectMsgAsync<Echoed>();

        region.Tell(new ShardingEnvelope("a", new Crash()));

        await observer.FishForMessageAsync<Stopped>(_ => true);
        await AwaitAssertAsync(async () =>
        {
            var stats = await region.Ask<ShardRegion.ShardRegionStats>(ShardRegion.GetShardRegionStats.Instance, TimeSpan.FromMinutes(1));
            Assert.Equal(0, stats.TotalEntities);
        });
        Assert.Equal(["a"], _store.EntitiesOf("things"));
    }

    /// <summary>Fails the first few writes with an I/O error, then passes through.</summary>
    private sealed class FlakyStore(IRememberEntitiesStore inner, int failures) : IRememberEntitiesStore
    {
        private int _failuresLeft = failures;

        public Task<IReadOnlyCollection<int>> GetShardsAsync(string typeName, CancellationToken cancellationToken) =>
            inner.GetShardsAsync(typeName, cancellationToken);

        public Task<IReadOnlyCollection<string>> GetEntitiesAsync(string typeName, int shardId, CancellationToken cancellationToken) =>
            inner.GetEntitiesAsync(typeName, shardId, cancellationToken);

        public Task UpdateAsync(string typeName, int shardId, IReadOnlyCollection<string> started, IReadOnlyCollection<string> stopped, CancellationToken cancellationToken) =>
            Interlocked.Decrement(ref _failuresLeft) >= 0
                ? Task.FromException(new IOException("store unavailable"))
                : inner.UpdateAsync(typeName, shardId, started, stopped, cancellationToken);
    }
}
