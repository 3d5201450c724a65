using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.TestKit;
using static ActorMoo.Runtime.Tests.Sharding.TestEntityProtocol;

namespace ActorMoo.Runtime.Tests.Sharding.Region;

public sealed class ShardRegionTests : ActorTestKit
{
    private static readonly ShardingSettings Settings = new() { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero };

    private IActorRef StartRegion(TestProbe observer, ShardingSettings? settings = null)
    {
        settings ??= Settings;
        return ClusterSharding.Get(Sys).Start("things", _ => TestEntity.PropsFor(observer.Ref), new ShardingEnvelopeExtractor(settings.ShardCount), settings);
    }

    private Task<ShardRegion.ShardRegionStats> StatsAsync(IActorRef region) =>
        region.Ask<ShardRegion.ShardRegionStats>(ShardRegion.GetShardRegionStats.Instance, TimeSpan.FromMinutes(1));

    [Fact]
    public async Task Region_must_activate_an_entity_on_its_first_message_only()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);
        await observer.ExpectNoMsgAsync();

        region.Tell(new ShardingEnvelope("a", new Echo(1)), TestActor.Ref);

        var started = await observer.ExpectMsgAsync<Started>();
        Assert.Equal("a", started.EntityId);
        var echoed = await ExpectMsgAsync<Echoed>();
        Assert.Equal(("a", 1, 1), (echoed.EntityId, echoed.Payload, echoed.Count));
        Assert.Equal(started.Entity, LastSender);
    }

    [Fact]
    public async Task Messages_for_one_entity_id_must_all_reach_the_same_incarnation_in_order()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);

        for (var i = 1; i <= 20; i++) region.Tell(new ShardingEnvelope("a", new Echo(i)), TestActor.Ref);

        var replies = (await ReceiveNAsync(20)).Cast<Echoed>().ToList();
        Assert.Equal(Enumerable.Range(1, 20), replies.Select(r => (int)r.Payload));
        Assert.Equal(Enumerable.Range(1, 20), replies.Select(r => r.Count));
        Assert.Single(replies.Select(r => r.Entity).Distinct());
        await observer.ExpectMsgAsync<Started>();
        await observer.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Entities_with_reserved_characters_in_their_id_must_work_and_know_their_id()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);

        foreach (var id in new[] { "room/lobby", "$x", "50% off", " ", "\u00e9t\u00e9" })
        {
            region.Tell(new ShardingEnvelope(id, new Echo(id)), TestActor.Ref);
            var echoed = await ExpectMsgAsync<Echoed>();
            Assert.Equal(id, echoed.EntityId);
            Assert.Equal(id, ShardRegion.EntityIdOf(echoed.Entity));
        }
    }

    [Fact]
    public async Task Region_must_count_entities_per_started_shard()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);
        var ids = Enumerable.Range(0, 30).Select(i => "e" + i).ToArray();

        foreach (var id in ids) region.Tell(new ShardingEnvelope(id, new Echo(id)), TestActor.Ref);
        await ReceiveNAsync(ids.Length);

        var stats = await StatsAsync(region);
        var expected = ids.GroupBy(id => StableShardHash.ShardOf(id, Settings.ShardCount)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), stats.Stats.OrderBy(e => e.Key));
        Assert.Equal(30, stats.TotalEntities);

        var state = await region.Ask<ShardRegion.CurrentShardRegionState>(ShardRegion.GetShardRegionState.Instance, TimeSpan.FromMinutes(1));
        Assert.Equal(ids.Order(), state.Shards.SelectMany(s => s.EntityIds).Order());
        Assert.All(state.Shards, s => Assert.All(s.EntityIds, id => Assert.Equal(s.ShardId, StableShardHash.ShardOf(id, Settings.ShardCount))));
    }

    [Fact]
    public async Task Region_without_started_shards_must_report_empty_statistics()
    {
        var region = StartRegion(CreateTestProbe());

        var stats = await StatsAsync(region);

        Assert.Empty(stats.Stats);
    }

    [Fact]
    public async Task A_message_without_entity_id_must_become_an_unhandled_dead_letter()
    {
        var region = StartRegion(CreateTestProbe());

        region.Tell("not an envelope", TestActor.Ref);

        var letter = await ExpectDeadLetterAsync<string>(s => s == "not an envelope");
        Assert.Equal(DeadLetterReason.Unhandled, letter.Reason);
        Assert.Equal(region, letter.Recipient);
    }

    [Fact]
    public async Task A_message_whose_extracted_entity_id_is_empty_must_be_rejected_with_a_warning()
    {
        var region = ClusterSharding.Get(Sys).Start("things", _ => TestEntity.PropsFor(TestActor.Ref), new BlankIdExtractor(Settings.ShardCount), Settings);

        region.Tell("blank", TestActor.Ref);

        await ExpectDeadLetterAsync<string>(s => s == "blank");
        await Logs.ExpectAsync(e => e.Message.Contains("empty entity id", StringComparison.Ordinal));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public void An_envelope_must_refuse_a_missing_entity_id_or_message()
    {
        Assert.Throws<ArgumentException>(() => new ShardingEnvelope("", new Echo(1)));
        Assert.Throws<ArgumentNullException>(() => new ShardingEnvelope(null!, new Echo(1)));
        Assert.Throws<ArgumentNullException>(() => new ShardingEnvelope("a", null!));
    }

    [Fact]
    public async Task Graceful_shutdown_must_let_entities_finish_their_messages_then_stop_the_region()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);
        foreach (var id in new[] { "a", "b", "c" }) region.Tell(new ShardingEnvelope(id, new Echo(id)), TestActor.Ref);
        await ReceiveNAsync(3);
        await observer.ReceiveNAsync(3);
        var stopped = Sys.WhenStopped(region);

        region.Tell(new ShardingEnvelope("a", new Echo("last")), TestActor.Ref);
        region.Tell(ShardRegion.GracefulShutdown.Instance);

        await ExpectMsgAsync<Echoed>(e => e.EntityId == "a" && (string)e.Payload == "last");
        var stops = (await observer.ReceiveNAsync(3)).Cast<Stopped>().Select(s => s.EntityId).Order();
        Assert.Equal(["a", "b", "c"], stops);
        await stopped.WaitAsync(TestKitDefaults.ExpectTimeout);

        region.Tell(new ShardingEnvelope("a", new Echo("too late")), TestActor.Ref);
        await ExpectDeadLetterAsync<ShardingEnvelope>(e => e.Message is Echo { Payload: "too late" });
    }

    [Fact]
    public async Task Stopping_the_region_must_stop_all_its_entities()
    {
        var observer = CreateTestProbe();
        var region = StartRegion(observer);
        foreach (var id in new[] { "a", "b" }) region.Tell(new ShardingEnvelope(id, new Echo(id)), TestActor.Ref);
        await ReceiveNAsync(2);
        await observer.ReceiveNAsync(2);

        await Sys.StopAsync(region).WaitAsync(TestKitDefaults.ExpectTimeout);

        var stops = (await observer.ReceiveNAsync(2)).Cast<Stopped>().Select(s => s.EntityId).Order();
        Assert.Equal(["a", "b"], stops);
    }

    [Fact]
    public async Task Passivate_sent_to_the_region_instead_of_the_shard_must_be_rejected_with_a_warning()
    {
        var region = StartRegion(CreateTestProbe());

        region.Tell(new ShardRegion.Passivate(PoisonPill.Instance), TestActor.Ref);

        await ExpectDeadLetterAsync<ShardRegion.Passivate>();
        await Logs.ExpectAsync(e => e.Message.Contains("Context.Parent", StringComparison.Ordinal));
    }

    /// <summary>A faulty extractor: every string is for the entity with the empty id.</summary>
    private sealed class BlankIdExtractor(int shardCount) : HashCodeMessageExtractor(shardCount)
    {
        public override string? EntityId(object message) => message is string ? "" : null;
    }
}
