using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Runtime.Tests.Sharding.Shard;

public sealed class EntityTableTests
{
    private readonly EntityTable _table = new();

    /// <summary>The active entities from least to most recently used. Destructive: it moves them all to
    /// <see cref="EntityState.Passivating"/>, so call it last.</summary>
    private List<string> DrainLruOrder()
    {
        var order = new List<string>();
        while (_table.LeastRecentlyUsed is var index and >= 0)
        {
            order.Add(_table.NameAt(index));
            _table.Set(index, EntityState.Passivating, null, 0);
        }
        return order;
    }

    [Fact]
    public void Active_entities_must_be_ordered_from_least_to_most_recently_used()
    {
        var a = _table.Add("a", EntityState.Active, null, 1);
        _table.Add("b", EntityState.Active, null, 2);
        _table.Add("c", EntityState.Active, null, 3);

        _table.Touch(a, 4);

        Assert.Equal(4, _table.LastAccessAt(a));
        Assert.Equal(["b", "c", "a"], DrainLruOrder());
    }

    [Fact]
    public void Only_active_entities_must_count_and_take_part_in_the_lru_order()
    {
        _table.Add("a", EntityState.Active, null, 1);
        var b = _table.Add("b", EntityState.Active, null, 2);
        _table.Add("r", EntityState.Remembering, null, 3);

        _table.Set(b, EntityState.Passivating, null, 4);

        Assert.Equal((3, 1), (_table.Count, _table.ActiveCount));
        Assert.Equal(["a"], DrainLruOrder());
    }

    [Fact]
    public void Removed_entities_must_free_their_slot_for_reuse()
    {
        var a = _table.Add("a", EntityState.Active, null, 1);
        _table.Add("b", EntityState.Active, null, 2);

        _table.Remove(a);
        var c = _table.Add("c", EntityState.Active, null, 3);

        Assert.Equal(a, c);
        Assert.False(_table.TryFind("a", out _));
        Assert.True(_table.TryFind("c", out var found));
        Assert.Equal(c, found);
        Assert.Equal(["b", "c"], DrainLruOrder());
    }

    [Fact]
    public void Table_must_grow_beyond_its_initial_capacity()
    {
        for (var i = 0; i < 1000; i++) _table.Add("e" + i, EntityState.Active, null, i);

        Assert.Equal(1000, _table.ActiveCount);
        Assert.Equal("e0", _table.NameAt(_table.LeastRecentlyUsed));
        Assert.True(_table.TryFind("e999", out var last));
        Assert.Equal(999, _table.LastAccessAt(last));
    }
}
