using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.TestKit;
using static ActorMoo.Runtime.Tests.Sharding.TestEntityProtocol;

namespace ActorMoo.Runtime.Tests.Sharding.Shard;

public sealed class EntitySupervisionTests : ActorTestKit
{
    private static readonly ShardingSettings Settings = new() { ShardCount = 3, PassivationIdleTimeout = TimeSpan.Zero };

    [Fact]
    public async Task A_crashing_entity_must_be_restarted_in_place_and_keep_receiving()
    {
        var observer = CreateTestProbe();
        var region = ClusterSharding.Get(Sys).Start("things", _ => TestEntity.PropsFor(observer.Ref), new ShardingEnvelopeExtractor(3), Settings);
        region.Tell(new ShardingEnvelope("a", new Echo(1)), TestActor.Ref);
        region.Tell(new ShardingEnvelope("a", new Echo(2)), TestActor.Ref);
        var before = await ExpectMsgAsync<Echoed>();
        await ExpectMsgAsync<Echoed>(e => e.Count == 2);
        var started = await observer.ExpectMsgAsync<Started>();

        region.Tell(new ShardingEnvelope("a", new Crash()));
        region.Tell(new ShardingEnvelope("a", new Echo(3)), TestActor.Ref);

        await ExpectErrorLoggedAsync<InvalidOperationException>(e => e.Message.Contains("crashed on request", StringComparison.Ordinal));
        var after = await ExpectMsgAsync<Echoed>();
        Assert.Equal(1, after.Count); // a new instance: state starts over
        Assert.Equal(before.Entity, after.Entity); // same reference: restarted, not re-created by the shard
        Assert.Equal(started.Entity, (await observer.FishForMessageAsync<Started>(_ => true)).Entity);
    }

    [Fact]
    public async Task A_custom_entity_supervisor_strategy_must_be_applied()
    {
        var observer = CreateTestProbe();
        var region = ClusterSharding.Get(Sys).Start("things", _ => TestEntity.PropsFor(observer.Ref), new ShardingEnvelopeExtractor(3), Settings,
            entitySupervisorStrategy: SupervisorStrategy.Stopping);
        region.Tell(new ShardingEnvelope("a", new Echo(1)), TestActor.Ref);
        var first = (await ExpectMsgAsync<Echoed>()).Entity;

        region.Tell(new ShardingEnvelope("a", new Crash()));

        await observer.FishForMessageAsync<Stopped>(s => s.Entity.Equals(first));
        await AwaitAssertAsync(async () =>
        {
            var stats = await region.Ask<ShardRegion.ShardRegionStats>(ShardRegion.GetShardRegionStats.Instance, TimeSpan.FromMinutes(1));
            Assert.Equal(0, stats.TotalEntities);
        });
        region.Tell(new ShardingEnvelope("a", new Echo(2)), TestActor.Ref);
        var next = await ExpectMsgAsync<Echoed>();
        Assert.NotEqual(first, next.Entity); // stopped for good; the next message starts a new incarnation
    }

    [Fact]
    public async Task A_failing_entity_factory_must_not_take_the_shard_down()
    {
        var observer = CreateTestProbe();
        var region = ClusterSharding.Get(Sys).Start(
            "things",
            id => id == "bad" ? throw new ArgumentException("no such entity") : TestEntity.PropsFor(observer.Ref),
            new ShardingEnvelopeExtractor(1),
            Settings with { ShardCount = 1 });
        region.Tell(new ShardingEnvelope("good", new Echo(1)), TestActor.Ref);
        var good = (await ExpectMsgAsync<Echoed>()).Entity;

        region.Tell(new ShardingEnvelope("bad", new Echo(1)), TestActor.Ref);

        await ExpectErrorLoggedAsync<ArgumentException>(e => e.Message == "no such entity");
        await ExpectDeadLetterAsync<Echo>();
        region.Tell(new ShardingEnvelope("good", new Echo(2)), TestActor.Ref);
        var again = await ExpectMsgAsync<Echoed>();
        Assert.Equal((good, 2), (again.Entity, again.Count));
    }
}
