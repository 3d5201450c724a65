using System.Text;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Runtime.Tests.Sharding.Extraction;

public sealed class StableShardHashTests
{
    /// <summary>Pinned values: the hash is part of the cluster and on-disk contract. If one of these
    /// changes, entities move between shards and remembered entities are lost — never "fix" the numbers.</summary>
    [Theory]
    [InlineData("a", 3826002220u, 20, 220)]
    [InlineData("#0", 130578566u, 66, 566)]
    [InlineData("#42", 1822407328u, 28, 328)]
    [InlineData("player-7", 3480128928u, 28, 928)]
    [InlineData("room/lobby", 131408525u, 25, 525)]
    [InlineData("h\u00e9llo", 1252296000u, 0, 0)]
    [InlineData("\U0001F600", 866293256u, 56, 256)]
    public void Hash_and_shard_must_never_change_for_known_ids(string id, uint hash, int shardOf100, int shardOf1000)
    {
        Assert.Equal(hash, StableShardHash.Fnv1a32(id));
        Assert.Equal(shardOf100, StableShardHash.ShardOf(id, 100));
        Assert.Equal(shardOf1000, StableShardHash.ShardOf(id, 1000));
    }

    [Fact]
    public void Hash_must_be_fnv1a_over_the_utf8_bytes_including_replacement_of_lone_surrogates()
    {
        foreach (var id in new[] { "", "x", "\u00e9t\u00e9", "\U0001F600!", "bad\uD800surrogate", "\uDC00", "end\uD83D" })
        {
            var expected = 2166136261u;
            foreach (var b in Encoding.UTF8.GetBytes(id)) expected = (expected ^ b) * 16777619u;
            Assert.Equal(expected, StableShardHash.Fnv1a32(id));
        }
    }

    [Fact]
    public void Shards_must_be_spread_evenly_over_sequential_ids()
    {
        var counts = new int[100];
        for (var i = 0; i < 100_000; i++) counts[StableShardHash.ShardOf("#" + i, 100)]++;

        Assert.All(counts, c => Assert.InRange(c, 900, 1100));
    }

    [Fact]
    public void An_empty_id_or_a_shard_count_below_one_must_be_rejected()
    {
        Assert.Throws<ArgumentException>(() => StableShardHash.ShardOf("", 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => StableShardHash.ShardOf("a", 0));
    }
}
