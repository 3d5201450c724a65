using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.TestKit;
using static ActorMoo.Runtime.Tests.Sharding.TestEntityProtocol;

namespace ActorMoo.Runtime.Tests.Sharding.Shard;

public sealed class PassivationTests : ActorTestKit
{
    private IActorRef StartRegion(TestProbe observer, ShardingSettings settings, object? stopMessage = null) =>
        ClusterSharding.Get(Sys).Start("things", _ => TestEntity.PropsFor(observer.Ref), new ShardingEnvelopeExtractor(settings.ShardCount), settings, stopMessage);

    private async Task<IActorRef> EchoAsync(IActorRef region, string id, object payload)
    {
        region.Tell(new ShardingEnvelope(id, new Echo(payload)), TestActor.Ref);
        var echoed = await ExpectMsgAsync<Echoed>(e => e.EntityId == id && Equals(e.Payload, payload));
        return echoed.Entity;
    }

    [Fact]
    public async Task An_entity_idle_for_the_timeout_must_be_passivated_on_virtual_time()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.FromSeconds(10) });
        var a = await EchoAsync(region, "a", 1);
        await observer.ExpectMsgAsync<Started>(s => s.EntityId == "a");

        Advance(TimeSpan.FromSeconds(6));
        await EchoAsync(region, "b", 1);
        await observer.ExpectMsgAsync<Started>(s => s.EntityId == "b");
        await observer.ExpectNoMsgAsync();

        Advance(TimeSpan.FromSeconds(6));

        var stopped = await observer.ExpectMsgAsync<Stopped>();
        Assert.Equal(("a", a), (stopped.EntityId, stopped.Entity));
        await observer.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Messages_must_keep_an_entity_from_being_idle()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.FromSeconds(10) });
        var first = await EchoAsync(region, "a", 0);

        for (var i = 1; i <= 5; i++)
        {
            Advance(TimeSpan.FromSeconds(4));
            Assert.Equal(first, await EchoAsync(region, "a", i));
        }

        await observer.ExpectMsgAsync<Started>();
        await observer.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task A_passivated_entity_must_come_back_as_a_new_incarnation_with_its_next_message()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.FromSeconds(10) });
        var first = await EchoAsync(region, "a", 1);
        Advance(TimeSpan.FromSeconds(20));
        await observer.FishForMessageAsync<Stopped>(_ => true);

        region.Tell(new ShardingEnvelope("a", new Echo(2)), TestActor.Ref);

        var echoed = await ExpectMsgAsync<Echoed>();
        Assert.NotEqual(first, echoed.Entity);
        Assert.Equal(1, echoed.Count);
    }

    [Fact]
    public async Task The_least_recently_used_entity_must_be_passivated_when_the_limit_is_reached()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.Zero, MaxActiveEntities = 2 });
        await EchoAsync(region, "a", 1);
        var b = await EchoAsync(region, "b", 1);
        await EchoAsync(region, "a", 2);
        await observer.ReceiveNAsync(2);

        await EchoAsync(region, "c", 1);

        var lifecycle = await observer.ReceiveNAsync(2);
        Assert.Contains(lifecycle, m => m is Started { EntityId: "c" });
        Assert.Contains(lifecycle, m => m is Stopped s && s.EntityId == "b" && s.Entity.Equals(b));

        await EchoAsync(region, "b", 2);
        lifecycle = await observer.ReceiveNAsync(2);
        Assert.Contains(lifecycle, m => m is Started { EntityId: "b" });
        Assert.Contains(lifecycle, m => m is Stopped { EntityId: "a" });
        var stats = await region.Ask<ShardRegion.ShardRegionStats>(ShardRegion.GetShardRegionStats.Instance, TimeSpan.FromMinutes(1));
        Assert.Equal(2, stats.TotalEntities);
    }

    [Fact]
    public async Task The_limit_must_be_shared_among_the_started_shards()
    {
        var observer = CreateTestProbe();
        var settings = new ShardingSettings { ShardCount = 2, PassivationIdleTimeout = TimeSpan.Zero, MaxActiveEntities = 4 };
        var region = StartRegion(observer, settings);
        var inShard0 = Enumerable.Range(0, 100).Select(i => "e" + i).Where(id => StableShardHash.ShardOf(id, 2) == 0).Take(4).ToArray();
        var inShard1 = Enumerable.Range(0, 100).Select(i => "e" + i).First(id => StableShardHash.ShardOf(id, 2) == 1);
        foreach (var id in inShard0) await EchoAsync(region, id, 1);
        Assert.Equal(4, (await observer.ReceiveNAsync(4)).OfType<Started>().Count());

        await EchoAsync(region, inShard1, 1);

        // Two shards share the limit of 4: shard 0 keeps its 2 most recently used entities.
        var lifecycle = await observer.ReceiveNAsync(3);
        Assert.Contains(lifecycle, m => m is Started s && s.EntityId == inShard1);
        Assert.Equal(inShard0.Take(2).Order(), lifecycle.OfType<Stopped>().Select(s => s.EntityId).Order());
        await observer.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Messages_arriving_while_an_entity_passivates_must_go_to_its_next_incarnation_in_order()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.Zero });
        var first = await EchoAsync(region, "a", 0);
        await observer.ExpectMsgAsync<Started>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        region.Tell(new ShardingEnvelope("a", new RequestPassivation(new SlowStop(release.Task))));
        await observer.ExpectMsgAsync<Stopping>();
        for (var i = 1; i <= 3; i++) region.Tell(new ShardingEnvelope("a", new Echo(i)), TestActor.Ref);
        await ExpectNoMsgAsync();
        release.SetResult();

        Assert.Equal(first, (await observer.ExpectMsgAsync<Stopped>()).Entity);
        var second = (await observer.ExpectMsgAsync<Started>()).Entity;
        Assert.NotEqual(first, second);
        var replies = (await ReceiveNAsync(3)).Cast<Echoed>().ToList();
        Assert.Equal([1, 2, 3], replies.Select(r => (int)r.Payload));
        Assert.All(replies, r => Assert.Equal(second, r.Entity));
    }

    [Fact]
    public async Task An_entity_that_passivated_with_nothing_waiting_must_leave_the_shard()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.Zero });
        await EchoAsync(region, "a", 0);

        region.Tell(new ShardingEnvelope("a", new RequestPassivation(PoisonPill.Instance)));

        await observer.FishForMessageAsync<Stopped>(_ => true);
        await AwaitAssertAsync(async () =>
        {
            var stats = await region.Ask<ShardRegion.ShardRegionStats>(ShardRegion.GetShardRegionStats.Instance, TimeSpan.FromMinutes(1));
            Assert.Equal(0, stats.TotalEntities);
        });
    }

    [Fact]
    public async Task Messages_beyond_the_buffer_size_must_become_dead_letters_with_a_warning()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.Zero, BufferSizePerEntity = 2 });
        await EchoAsync(region, "a", 0);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        region.Tell(new ShardingEnvelope("a", new RequestPassivation(new SlowStop(release.Task))));
        await observer.FishForMessageAsync<Stopping>(_ => true);

        for (var i = 1; i <= 3; i++) region.Tell(new ShardingEnvelope("a", new Echo(i)), TestActor.Ref);

        await ExpectDeadLetterAsync<Echo>(e => (int)e.Payload == 3);
        await Logs.ExpectAsync(e => e.Message.Contains("buffer of entity a is full", StringComparison.Ordinal));
        release.SetResult();
        var replies = (await ReceiveNAsync(2)).Cast<Echoed>();
        Assert.Equal([1, 2], replies.Select(r => (int)r.Payload));
    }

    [Fact]
    public async Task A_custom_stop_message_must_be_used_for_idle_passivation()
    {
        var observer = CreateTestProbe();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var region = StartRegion(observer, new ShardingSettings { ShardCount = 1, PassivationIdleTimeout = TimeSpan.FromSeconds(10) }, new SlowStop(release.Task));
        await EchoAsync(region, "a", 0);

        Advance(TimeSpan.FromSeconds(15));

        await observer.FishForMessageAsync<Stopping>(s => s.EntityId == "a");
        release.SetResult();
        await observer.ExpectMsgAsync<Stopped>();
    }
}
