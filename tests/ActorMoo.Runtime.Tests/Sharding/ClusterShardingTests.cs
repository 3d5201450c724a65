using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.TestKit;
using static ActorMoo.Runtime.Tests.Sharding.TestEntityProtocol;

namespace ActorMoo.Runtime.Tests.Sharding;

public sealed class ClusterShardingTests : ActorTestKit
{
    private static readonly ShardingSettings Settings = new() { ShardCount = 4 };

    private IActorRef Start(string typeName, TestProbe observer) =>
        ClusterSharding.Get(Sys).Start(typeName, _ => TestEntity.PropsFor(observer.Ref), new ShardingEnvelopeExtractor(4), Settings);

    [Fact]
    public void Get_must_return_one_extension_per_system()
    {
        Assert.Same(ClusterSharding.Get(Sys), ClusterSharding.Get(Sys));
    }

    [Fact]
    public void Starting_a_running_type_again_must_return_its_region()
    {
        var observer = CreateTestProbe();
        var first = Start("rooms", observer);

        Assert.Equal(first, Start("rooms", observer));
        Assert.NotEqual(first, Start("players", observer));
    }

    [Fact]
    public void A_region_must_be_found_by_its_type_name()
    {
        var rooms = Start("rooms", CreateTestProbe());
        var sharding = ClusterSharding.Get(Sys);

        Assert.Equal(rooms, sharding.ShardRegion("rooms"));
        Assert.True(sharding.TryGetShardRegion("rooms", out var found));
        Assert.Equal(rooms, found);
        Assert.False(sharding.TryGetShardRegion("players", out _));
        Assert.Throws<KeyNotFoundException>(() => sharding.ShardRegion("players"));
        Assert.Equal(["rooms"], sharding.TypeNames);
    }

    [Fact]
    public async Task Regions_of_different_types_must_host_entities_with_the_same_id_separately()
    {
        var observer = CreateTestProbe();
        var rooms = Start("rooms", observer);
        var players = Start("players", observer);

        rooms.Tell(new ShardingEnvelope("1", new Echo("room")), TestActor.Ref);
        var room = await ExpectMsgAsync<Echoed>();
        players.Tell(new ShardingEnvelope("1", new Echo("player")), TestActor.Ref);
        var player = await ExpectMsgAsync<Echoed>();

        Assert.NotEqual(room.Entity, player.Entity);
        Assert.Equal((1, 1), (room.Count, player.Count));
    }

    [Fact]
    public async Task A_type_must_be_startable_again_after_its_region_stopped()
    {
        var observer = CreateTestProbe();
        var first = Start("rooms", observer);
        await Sys.StopAsync(first).WaitAsync(TestKitDefaults.ExpectTimeout);

        var second = Start("rooms", observer);
        second.Tell(new ShardingEnvelope("1", new Echo(1)), TestActor.Ref);

        Assert.NotEqual(first, second);
        await ExpectMsgAsync<Echoed>();
        Assert.Equal(second, ClusterSharding.Get(Sys).ShardRegion("rooms"));
    }

    [Fact]
    public void Start_must_reject_invalid_arguments_with_clear_errors()
    {
        var sharding = ClusterSharding.Get(Sys);
        Func<string, Props> props = _ => TestEntity.PropsFor(TestActor.Ref);

        var mismatch = Assert.Throws<ArgumentException>(() => sharding.Start("rooms", props, new ShardingEnvelopeExtractor(5), Settings));
        Assert.Contains("5 shards", mismatch.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => sharding.Start("rooms", props, new ShardingEnvelopeExtractor(4), Settings with { BufferSizePerEntity = 0 }));
        Assert.Throws<ArgumentException>(() => sharding.Start("", props, new ShardingEnvelopeExtractor(4), Settings));
        Assert.Empty(sharding.TypeNames);
    }

    [Fact]
    public async Task The_coordinated_shutdown_must_stop_regions_gracefully()
    {
        var observer = CreateTestProbe();
        var region = Start("rooms", observer);
        region.Tell(new ShardingEnvelope("1", new Echo(1)), TestActor.Ref);
        await ExpectMsgAsync<Echoed>();

        await Sys.TerminateAsync("test").WaitAsync(TestKitDefaults.ExpectTimeout);

        await observer.FishForMessageAsync<Stopped>(s => s.EntityId == "1");
        Assert.Contains(Logs.Entries, e => e.Message.Contains("shutting down the region", StringComparison.Ordinal));
    }
}
