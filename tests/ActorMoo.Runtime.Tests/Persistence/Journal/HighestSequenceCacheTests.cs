using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Journal;

public sealed class HighestSequenceCacheTests
{
    [Fact]
    public void Cache_must_keep_its_entries_while_the_database_version_is_unchanged()
    {
        var cache = new HighestSequenceCache();
        Assert.False(cache.Validate(7));
        cache.Update(new Dictionary<string, long> { ["a"] = 3 });

        Assert.True(cache.Validate(7));
        Assert.True(cache.TryGet("a", out var highest));
        Assert.Equal(3, highest);
    }

    [Fact]
    public void Cache_must_forget_everything_when_another_writer_moved_the_version()
    {
        var cache = new HighestSequenceCache();
        cache.Validate(7);
        cache.Update(new Dictionary<string, long> { ["a"] = 3 });

        Assert.False(cache.Validate(8));
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void Cache_must_follow_the_version_its_own_commit_produced()
    {
        var cache = new HighestSequenceCache();
        cache.Validate(7);
        cache.Update(new Dictionary<string, long> { ["a"] = 3 }, newVersion: 8);

        Assert.True(cache.Validate(8));
        Assert.True(cache.TryGet("a", out _));
    }

    [Fact]
    public void Cache_must_trust_nothing_after_being_invalidated()
    {
        var cache = new HighestSequenceCache();
        cache.Validate(7);
        cache.Update(new Dictionary<string, long> { ["a"] = 3 });

        cache.Invalidate();

        Assert.False(cache.Validate(7));
        Assert.False(cache.TryGet("a", out _));
    }
}
