using System.Text;
using ActorMoo.Runtime.Persistence;
using Xunit;

namespace ActorMoo.TestKit.Persistence.Tck;

public abstract partial class JournalSpec
{
    /// <summary>An id never written has no events and sequence number 0.</summary>
    [Fact]
    public async Task Journal_must_report_sequence_number_zero_and_no_events_for_an_unknown_id()
    {
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync(Id("unknown")));
        Assert.Empty(await ReadAllOf(Id("unknown")));
    }

    /// <summary>Events get 1, 2, 3 … and come back in order.</summary>
    [Fact]
    public async Task Journal_must_store_events_with_consecutive_sequence_numbers_from_one()
    {
        await Journal.WriteAsync(Id("a"), 0, Events(3));

        var events = await ReadAllOf(Id("a"));
        Assert.Equal(new[] { 1L, 2L, 3L }, events.Select(e => e.SequenceNr));
        Assert.Equal(new[] { 1, 2, 3 }, Numbers(events));
        Assert.All(events, e => Assert.Equal(Id("a"), e.PersistenceId));
        Assert.Equal(3, await Journal.ReadHighestSequenceNrAsync(Id("a")));
    }

    /// <summary>A write expecting the stored highest sequence number continues after it.</summary>
    [Fact]
    public async Task Journal_must_append_after_the_expected_sequence_number()
    {
        await Journal.WriteAsync(Id("a"), 0, Events(2));
        await Journal.WriteAsync(Id("a"), 2, Events(2, first: 3));

        var events = await ReadAllOf(Id("a"));
        Assert.Equal(new[] { 1L, 2L, 3L, 4L }, events.Select(e => e.SequenceNr));
        Assert.Equal(new[] { 1, 2, 3, 4 }, Numbers(events));
    }

    /// <summary>One atomic write stores the events of every id it carries.</summary>
    [Fact]
    public async Task Journal_must_store_every_entity_of_an_atomic_write()
    {
        await Journal.WriteAsync(Id("room"), 0, Events(1));
        await Journal.WriteAsync(new AtomicWrite([
            new EntityWrite(Id("room"), 1, Events(1, first: 2)),
            new EntityWrite(Id("player"), 0, Events(2)),
            new EntityWrite(Id("item"), 0, Events(1)),
        ]));

        Assert.Equal(new[] { 1, 2 }, Numbers(await ReadAllOf(Id("room"))));
        Assert.Equal(new[] { 1, 2 }, Numbers(await ReadAllOf(Id("player"))));
        Assert.Equal(new[] { 1 }, Numbers(await ReadAllOf(Id("item"))));
    }

    /// <summary>One stale id refuses the whole write: no id of it gets any event.</summary>
    [Fact]
    public async Task Journal_must_refuse_the_whole_atomic_write_when_one_expected_sequence_number_is_stale()
    {
        await Journal.WriteAsync(Id("room"), 0, Events(2));

        var conflict = await Assert.ThrowsAsync<SequenceConflictException>(() => Journal.WriteAsync(new AtomicWrite([
            new EntityWrite(Id("player"), 0, Events(1)),
            new EntityWrite(Id("room"), 1, Events(1, first: 3)),
        ])));

        var only = Assert.Single(conflict.Conflicts);
        Assert.Equal(new SequenceConflict(Id("room"), 1, 2), only);
        Assert.Empty(await ReadAllOf(Id("player")));
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync(Id("player")));
        Assert.Equal(new[] { 1, 2 }, Numbers(await ReadAllOf(Id("room"))));
    }

    /// <summary>Expecting more than is stored is a conflict too: sequence numbers never get gaps.</summary>
    [Fact]
    public async Task Journal_must_refuse_a_write_that_skips_sequence_numbers()
    {
        await Journal.WriteAsync(Id("a"), 0, Events(1));

        var conflict = await Assert.ThrowsAsync<SequenceConflictException>(() => Journal.WriteAsync(Id("a"), 5, Events(1)));

        Assert.Equal(new SequenceConflict(Id("a"), 5, 1), Assert.Single(conflict.Conflicts));
        Assert.Equal(1, await Journal.ReadHighestSequenceNrAsync(Id("a")));
    }

    /// <summary>In one batch, the conflicting write is refused alone; its neighbours are stored.</summary>
    [Fact]
    public async Task Journal_must_refuse_only_the_conflicting_write_of_a_batch()
    {
        var results = await Storage.WriteBatchAsync([
            RawWrite((Id("a"), 0, 2)),
            RawWrite((Id("b"), 0, 1), (Id("c"), 3, 1)),
            RawWrite((Id("d"), 0, 1)),
        ]);

        Assert.True(results[0].IsAccepted);
        Assert.Equal(new[] { new SequenceConflict(Id("c"), 3, 0) }, results[1].Conflicts);
        Assert.True(results[2].IsAccepted);
        Assert.Equal(2, (await RawRowsOf(Id("a"))).Count);
        Assert.Empty(await RawRowsOf(Id("b")));
        Assert.Empty(await RawRowsOf(Id("c")));
        Assert.Single(await RawRowsOf(Id("d")));
    }

    /// <summary>Writes of one batch are validated in order, so a later one may build on an earlier one.</summary>
    [Fact]
    public async Task Journal_must_let_a_write_build_on_an_earlier_write_of_the_same_batch()
    {
        var results = await Storage.WriteBatchAsync([
            RawWrite((Id("a"), 0, 2)),
            RawWrite((Id("a"), 2, 1)),
            RawWrite((Id("a"), 2, 1)),
        ]);

        Assert.True(results[0].IsAccepted);
        Assert.True(results[1].IsAccepted);
        Assert.Equal(new[] { new SequenceConflict(Id("a"), 2, 3) }, results[2].Conflicts);
        Assert.Equal(new[] { 1L, 2L, 3L }, (await RawRowsOf(Id("a"))).Select(r => r.SequenceNr));
    }

    /// <summary>Manifest, payload bytes, timestamp (to the millisecond) and writer come back unchanged.</summary>
    [Fact]
    public async Task Journal_must_keep_manifest_payload_timestamp_and_writer()
    {
        var write = RawWrite((Id("a"), 0, 1));

        Assert.True((await Storage.WriteBatchAsync([write]))[0].IsAccepted);

        var row = Assert.Single(await RawRowsOf(Id("a")));
        Assert.Equal("tck.raw", row.Manifest);
        Assert.Equal(write.Entities[0].Events[0].Payload, row.Payload);
        Assert.Equal(write.Timestamp, row.Timestamp);
        Assert.Equal("tck-raw-writer", row.WriterId);
        Assert.True(row.Ordering > 0);
    }

    /// <summary>Large payloads and non-ASCII ids and text survive the round trip.</summary>
    [Fact]
    public async Task Journal_must_store_large_payloads_and_non_ascii_text()
    {
        var id = Id("ωμέγα-🦄");
        var big = new string('x', 1 << 20) + "✓";

        await Journal.WriteAsync(id, 0, [new TckEvent(big, 7), new TckEvent("naïve café 日本", 8)]);

        var events = await ReadAllOf(id);
        Assert.Equal(big, ((TckEvent)events[0].Event).Text);
        Assert.Equal("naïve café 日本", ((TckEvent)events[1].Event).Text);
        Assert.Contains(id, await Journal.CurrentPersistenceIdsAsync().ToListAsync());
        Assert.True(Encoding.UTF8.GetByteCount(big) > 1 << 20);
    }
}
