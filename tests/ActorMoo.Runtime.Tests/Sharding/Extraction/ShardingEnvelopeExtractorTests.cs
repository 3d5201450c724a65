using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Runtime.Tests.Sharding.Extraction;

public sealed class ShardingEnvelopeExtractorTests
{
    private readonly ShardingEnvelopeExtractor _extractor = new(50);

    [Fact]
    public void Extractor_must_take_the_entity_id_and_payload_from_an_envelope()
    {
        var envelope = new ShardingEnvelope("#7", "look");

        Assert.Equal("#7", _extractor.EntityId(envelope));
        Assert.Equal("look", _extractor.EntityMessage(envelope));
        Assert.Equal(StableShardHash.ShardOf("#7", 50), _extractor.ShardId("#7"));
    }

    [Fact]
    public void Extractor_must_not_claim_other_messages()
    {
        Assert.Null(_extractor.EntityId("look"));
    }

    [Fact]
    public void A_derived_extractor_must_get_stable_shards_and_envelope_unwrapping()
    {
        var extractor = new PrefixExtractor(8);

        Assert.Equal("7", extractor.EntityId("7:look"));
        Assert.Equal(StableShardHash.ShardOf("7", 8), extractor.ShardId("7"));
        Assert.Equal("inner", extractor.EntityMessage(new ShardingEnvelope("7", "inner")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrefixExtractor(0));
    }

    /// <summary>Messages like "id:text".</summary>
    private sealed class PrefixExtractor(int shardCount) : HashCodeMessageExtractor(shardCount)
    {
        public override string? EntityId(object message) => message is string s && s.IndexOf(':') is var i and > 0 ? s[..i] : null;
    }
}
