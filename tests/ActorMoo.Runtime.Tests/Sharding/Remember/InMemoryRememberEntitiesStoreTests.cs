using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Runtime.Tests.Sharding.Remember;

public sealed class InMemoryRememberEntitiesStoreTests
{
    private readonly InMemoryRememberEntitiesStore _store = new();

    [Fact]
    public async Task Store_must_keep_started_entities_per_type_and_shard_until_they_stop()
    {
        await _store.UpdateAsync("rooms", 1, ["a", "b"], [], CancellationToken.None);
        await _store.UpdateAsync("rooms", 2, ["c"], [], CancellationToken.None);
        await _store.UpdateAsync("players", 1, ["p"], [], CancellationToken.None);

        await _store.UpdateAsync("rooms", 1, ["d"], ["a"], CancellationToken.None);

        Assert.Equal(["b", "d"], (await _store.GetEntitiesAsync("rooms", 1, CancellationToken.None)).Order());
        Assert.Equal(["c"], await _store.GetEntitiesAsync("rooms", 2, CancellationToken.None));
        Assert.Empty(await _store.GetEntitiesAsync("rooms", 3, CancellationToken.None));
        Assert.Equal([1, 2], (await _store.GetShardsAsync("rooms", CancellationToken.None)).Order());
        Assert.Equal(["p"], _store.EntitiesOf("players"));
    }

    [Fact]
    public async Task A_shard_whose_entities_all_stopped_must_not_be_listed()
    {
        await _store.UpdateAsync("rooms", 1, ["a"], [], CancellationToken.None);

        await _store.UpdateAsync("rooms", 1, [], ["a"], CancellationToken.None);

        Assert.Empty(await _store.GetShardsAsync("rooms", CancellationToken.None));
    }
}
