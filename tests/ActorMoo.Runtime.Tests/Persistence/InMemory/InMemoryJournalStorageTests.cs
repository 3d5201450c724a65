using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Runtime.Tests.Persistence.InMemory;

/// <summary>The journal conformance suite against the TestKit's in-memory storage.</summary>
public sealed class InMemoryJournalStorageTests : JournalSpec
{
    private InMemoryJournalStorage? _storage;

    protected override Task<IJournalStorage> CreateStorageAsync() => Task.FromResult<IJournalStorage>(_storage = new InMemoryJournalStorage());

    protected override Task<IJournalStorage> OpenAnotherStorageAsync() => Task.FromResult<IJournalStorage>(_storage!.OpenAnother());

    [Fact]
    public async Task InMemory_journal_must_fail_reads_of_an_id_on_request()
    {
        _storage!.Faults.FailReadsOf(Id("sick"));

        await Assert.ThrowsAsync<InjectedFaultException>(() => Journal.ReadHighestSequenceNrAsync(Id("sick")));
        await Assert.ThrowsAsync<InjectedFaultException>(async () => await ReadAllOf(Id("sick")));
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync(Id("healthy")));
    }

    [Fact]
    public async Task InMemory_journal_must_fail_the_next_batches_on_request_and_then_recover()
    {
        _storage!.Faults.FailNextBatches(2);

        await Assert.ThrowsAsync<JournalWriteFailedException>(() => Journal.WriteAsync(Id("a"), 0, Events(1)));
        await Assert.ThrowsAsync<JournalWriteFailedException>(() => Journal.WriteAsync(Id("a"), 0, Events(1)));
        await Journal.WriteAsync(Id("a"), 0, Events(1));

        Assert.Equal(1, await Journal.ReadHighestSequenceNrAsync(Id("a")));
    }
}
