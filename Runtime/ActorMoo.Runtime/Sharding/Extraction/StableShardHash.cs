using System.Text;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// The hash that maps entity ids to shards. It is part of the cluster contract and of what is
/// stored on disk (remembered entities, shard leases): every node and every version must compute
/// the same shard for the same id, so this function must never change. It is 32-bit FNV-1a over
/// the UTF-8 bytes of the id (ill-formed UTF-16 is encoded as U+FFFD, as
/// <see cref="Encoding.UTF8"/> does), and the shard is the hash modulo the shard count.
/// <c>string.GetHashCode</c> would not do: it is randomized per process.
/// </summary>
public static class StableShardHash
{
    /// <summary>FNV-1a's 32-bit offset basis.</summary>
    private const uint OffsetBasis = 2166136261;

    /// <summary>FNV-1a's 32-bit prime.</summary>
    private const uint Prime = 16777619;

    /// <summary>The shard of <paramref name="entityId"/> among <paramref name="shardCount"/> shards.</summary>
    /// <exception cref="ArgumentException">The id is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The shard count is less than 1.</exception>
    public static int ShardOf(string entityId, int shardCount)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        return (int)(Fnv1a32(entityId) % (uint)shardCount);
    }

    /// <summary>32-bit FNV-1a of the UTF-8 encoding of <paramref name="value"/>, without allocating.</summary>
    public static uint Fnv1a32(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var hash = OffsetBasis;
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                hash = (hash ^ c) * Prime;
                continue;
            }

            Rune rune;
            if (!char.IsSurrogate(c)) rune = new Rune(c);
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) rune = new Rune(c, value[++i]);
            else rune = Rune.ReplacementChar;

            var length = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++) hash = (hash ^ utf8[b]) * Prime;
        }
        return hash;
    }
}
