using ActorMoo.Runtime.Persistence;
using Xunit;

namespace ActorMoo.TestKit.Persistence.Tck;

public abstract partial class JournalSpec
{
    /// <summary>Reads honour from, to and the maximum count.</summary>
    [Fact]
    public async Task Journal_must_read_a_bounded_range_of_sequence_numbers()
    {
        await Journal.WriteAsync(Id("a"), 0, Events(10));

        Assert.Equal(new[] { 3, 4, 5 }, Numbers(await ReadAllOf(Id("a"), from: 3, to: 5)));
        Assert.Equal(new[] { 6, 7 }, Numbers(await ReadAllOf(Id("a"), from: 6, max: 2)));
        Assert.Equal(new[] { 9, 10 }, Numbers(await ReadAllOf(Id("a"), from: 9, to: 20)));
        Assert.Empty(await ReadAllOf(Id("a"), from: 11));
    }

    /// <summary>Deleted events are not read, but the id's highest sequence number is kept.</summary>
    [Fact]
    public async Task Journal_must_hide_deleted_events_and_keep_the_highest_sequence_number()
    {
        await Journal.WriteAsync(Id("a"), 0, Events(5));

        await Journal.DeleteEventsToAsync(Id("a"), 3);

        Assert.Equal(new[] { 4, 5 }, Numbers(await ReadAllOf(Id("a"))));
        Assert.Equal(5, await Journal.ReadHighestSequenceNrAsync(Id("a")));
    }

    /// <summary>After every event is deleted, writes still continue after the old highest sequence number.</summary>
    [Fact]
    public async Task Journal_must_continue_after_the_highest_sequence_number_when_every_event_was_deleted()
    {
        await Journal.WriteAsync(Id("a"), 0, Events(3));
        await Journal.DeleteEventsToAsync(Id("a"), long.MaxValue);

        Assert.Empty(await ReadAllOf(Id("a")));
        Assert.Equal(3, await Journal.ReadHighestSequenceNrAsync(Id("a")));
        await Assert.ThrowsAsync<SequenceConflictException>(() => Journal.WriteAsync(Id("a"), 0, Events(1)));

        await Journal.WriteAsync(Id("a"), 3, Events(2, first: 4));
        await Journal.DeleteEventsToAsync(Id("a"), 4);

        Assert.Equal(new[] { 5 }, Numbers(await ReadAllOf(Id("a"))));
        Assert.Equal(5, await Journal.ReadHighestSequenceNrAsync(Id("a")));
    }

    /// <summary>Every id with events is listed exactly once.</summary>
    [Fact]
    public async Task Journal_must_list_every_persistence_id_once()
    {
        await Journal.WriteAsync(Id("a"), 0, Events(3));
        await Journal.WriteAsync(new AtomicWrite([new EntityWrite(Id("b"), 0, Events(1)), new EntityWrite(Id("a"), 3, Events(1))]));
        await Journal.WriteAsync(Id("c"), 0, Events(1));
        await Journal.DeleteEventsToAsync(Id("c"), 1);

        var ids = await Journal.CurrentPersistenceIdsAsync().Where(id => id.StartsWith(Id(""), StringComparison.Ordinal)).ToListAsync();

        Assert.Equal(new[] { Id("a"), Id("b"), Id("c") }, ids.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The global stream returns every live event after the offset in strictly increasing order, and
    /// within an id the ordering follows the sequence numbers.
    /// </summary>
    [Fact]
    public async Task Journal_must_read_all_events_in_global_order_after_an_offset()
    {
        var start = await LastOrderingAsync();
        await Journal.WriteAsync(Id("a"), 0, Events(2));
        await Journal.WriteAsync(new AtomicWrite([new EntityWrite(Id("b"), 0, Events(2)), new EntityWrite(Id("a"), 2, Events(1, first: 3))]));
        await Journal.WriteAsync(Id("b"), 2, Events(1, first: 3));
        await Journal.DeleteEventsToAsync(Id("a"), 1);

        var all = await Journal.ReadAllEventsAsync(start).ToListAsync();

        Assert.Equal(5, all.Count);
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Ordering < p.Second.Ordering), "orderings must strictly increase");
        Assert.Equal(new[] { 2L, 3L }, all.Where(e => e.PersistenceId == Id("a")).Select(e => e.SequenceNr));
        Assert.Equal(new[] { 1L, 2L, 3L }, all.Where(e => e.PersistenceId == Id("b")).Select(e => e.SequenceNr));

        var afterSecond = await Journal.ReadAllEventsAsync(all[1].Ordering).ToListAsync();
        Assert.Equal(all.Skip(2).Select(e => e.Ordering), afterSecond.Select(e => e.Ordering));
    }

    /// <summary>The global stream stops after the maximum count, so a projection can page through it.</summary>
    [Fact]
    public async Task Journal_must_page_through_all_events_with_a_maximum_count()
    {
        var start = await LastOrderingAsync();
        await Journal.WriteAsync(Id("a"), 0, Events(7));

        var seen = new List<EventEnvelope>();
        var offset = start;
        while (true)
        {
            var page = await Journal.ReadAllEventsAsync(offset, maxCount: 3).ToListAsync();
            Assert.True(page.Count <= 3);
            if (page.Count == 0)
                break;
            seen.AddRange(page);
            offset = page[^1].Ordering;
        }

        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7 }, Numbers(seen.Where(e => e.PersistenceId == Id("a"))));
    }

    /// <summary>The highest global ordering stored so far, so a test can read only what it wrote.</summary>
    private async Task<long> LastOrderingAsync()
    {
        long last = 0;
        await foreach (var row in Storage.ReadAllEventsAsync(0, long.MaxValue, CancellationToken.None))
            last = row.Ordering;
        return last;
    }
}
