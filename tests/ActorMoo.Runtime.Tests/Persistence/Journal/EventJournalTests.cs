using System.Text;
using System.Text.Json.Nodes;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Journal;

public sealed class EventJournalTests
{
    private readonly InMemoryJournalStorage _storage = new();

    private EventJournal CreateJournal(PersistenceSerializer? serializer = null) =>
        new(_storage, serializer ?? TestContracts.CreateSerializer(), new JournalOptions { WriterId = "node-7" }, TimeProvider.System);

    [Fact]
    public async Task Journal_must_reject_a_write_with_an_unregistered_event_and_store_none_of_it()
    {
        await using var journal = CreateJournal();

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => journal.WriteAsync(new AtomicWrite([
            new EntityWrite("a", 0, [new CounterIncremented(1)]),
            new EntityWrite("b", 0, [new UnregisteredEvent(2)]),
        ])));

        Assert.IsType<UnknownManifestException>(error.InnerException);
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("a"));
        Assert.Equal(0, _storage.BatchCount);
    }

    [Fact]
    public async Task Journal_must_report_a_storage_rejection_as_a_rejection_and_store_the_other_writes()
    {
        await using var journal = CreateJournal();
        _storage.Faults.RejectWritesTo("refused", "too large");

        var error = await Assert.ThrowsAsync<WriteRejectedException>(() => journal.WriteAsync("refused", 0, [new CounterIncremented(1)]));
        await journal.WriteAsync("fine", 0, [new CounterIncremented(1)]);

        Assert.Contains("too large", error.Message);
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("refused"));
        Assert.Equal(1, await journal.ReadHighestSequenceNrAsync("fine"));
    }

    [Fact]
    public async Task Journal_must_stamp_the_writer_and_deserialize_on_read()
    {
        await using var journal = CreateJournal();

        await journal.WriteAsync("a", 0, [new CounterIncremented(3), new CounterNoted("hi")]);
        var events = await journal.ReadEventsAsync("a").ToListAsync();

        Assert.Equal([new CounterIncremented(3), new CounterNoted("hi")], events.Select(e => e.Event));
        Assert.All(events, e => Assert.Equal("node-7", e.WriterId));
    }

    [Fact]
    public async Task Journal_must_upcast_old_events_when_reading()
    {
        var old = new SerializedAtomicWrite(
            [new SerializedEntityWrite("a", 0, [new SerializedPayload("test.counter-incremented.v0", Encoding.UTF8.GetBytes("""{"amount":2}"""))])],
            DateTimeOffset.UnixEpoch,
            "an old release");
        await _storage.WriteBatchAsync([old]);
        var registry = TestContracts.CreateRegistry()
            .AddUpcaster(new JsonUpcaster("test.counter-incremented.v0", "test.counter-incremented.v1", v0 => new JsonObject { ["By"] = v0["amount"]!.GetValue<int>() }));
        await using var journal = CreateJournal(new PersistenceSerializer(registry));

        var only = Assert.Single(await journal.ReadEventsAsync("a").ToListAsync());

        Assert.Equal(new CounterIncremented(2), only.Event);
    }

    [Fact]
    public async Task Journal_must_commit_the_queued_writes_when_disposed()
    {
        var journal = CreateJournal();
        var gate = _storage.Faults.HoldBatches();
        var writes = Enumerable.Range(1, 4).Select(n => journal.WriteAsync($"w{n}", 0, [new CounterIncremented(n)])).ToList();

        var disposing = journal.DisposeAsync().AsTask();
        gate.Dispose();
        await disposing;

        await Task.WhenAll(writes);
        Assert.Equal(4, await _storage.ReadPersistenceIdsAsync(CancellationToken.None).CountAsync());
    }

    [Fact]
    public async Task Journal_must_fail_writes_issued_after_it_was_disposed()
    {
        var journal = CreateJournal();
        await journal.DisposeAsync();

        await Assert.ThrowsAsync<JournalWriteFailedException>(() => journal.WriteAsync("late", 0, [new CounterIncremented(1)]));
    }
}
