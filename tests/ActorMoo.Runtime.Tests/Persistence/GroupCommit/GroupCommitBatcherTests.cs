using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.GroupCommit;

/// <summary>Group commit as seen through an <see cref="EventJournal"/> over the in-memory storage.</summary>
public sealed class GroupCommitBatcherTests : IAsyncLifetime
{
    private readonly InMemoryJournalStorage _storage = new();
    private EventJournal _journal = null!;

    public Task InitializeAsync()
    {
        _journal = CreateJournal(new JournalOptions());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _journal.DisposeAsync();

    [Fact]
    public async Task Group_commit_must_put_the_writes_queued_during_a_commit_into_one_batch()
    {
        var first = await HoldFirstBatchAsync();
        var queued = Enumerable.Range(1, 5).Select(n => _journal.WriteAsync($"w{n}", 0, [new CounterIncremented(n)])).ToList();

        await ReleaseAsync(first, queued);

        Assert.Equal(2, _storage.BatchCount);
        Assert.Equal(2, _journal.Statistics.BatchesCommitted);
        Assert.Equal(6, _journal.Statistics.WritesAccepted);
    }

    [Fact]
    public async Task Group_commit_must_refuse_only_the_conflicting_write_of_a_batch()
    {
        var first = await HoldFirstBatchAsync();
        var good1 = _journal.WriteAsync("a", 0, [new CounterIncremented(1)]);
        var stale = _journal.WriteAsync("b", 5, [new CounterIncremented(2)]);
        var good2 = _journal.WriteAsync("c", 0, [new CounterIncremented(3)]);

        await ReleaseAsync(first, [good1, good2]);

        var conflict = await Assert.ThrowsAsync<SequenceConflictException>(() => stale);
        Assert.Equal(new SequenceConflict("b", 5, 0), Assert.Single(conflict.Conflicts));
        Assert.Equal(2, _storage.BatchCount);
        Assert.Equal(1, _journal.Statistics.WritesRefused);
    }

    [Fact]
    public async Task Group_commit_must_fail_only_the_writes_of_the_failed_batch()
    {
        var first = await HoldFirstBatchAsync();
        _storage.Faults.FailBatchesWith("doomed");
        var doomed = _journal.WriteAsync("doomed", 0, [new CounterIncremented(1)]);
        var neighbour = _journal.WriteAsync("neighbour", 0, [new CounterIncremented(2)]);

        await ReleaseAsync(first, []);

        Assert.IsType<InjectedFaultException>((await Assert.ThrowsAsync<JournalWriteFailedException>(() => doomed)).InnerException);
        await Assert.ThrowsAsync<JournalWriteFailedException>(() => neighbour);
        Assert.Equal(1, _journal.Statistics.BatchesFailed);

        _storage.Faults.Clear();
        await _journal.WriteAsync("neighbour", 0, [new CounterIncremented(3)]);
        Assert.Equal(1, await _journal.ReadHighestSequenceNrAsync("neighbour"));
        Assert.Equal(1, await _journal.ReadHighestSequenceNrAsync("held"));
    }

    [Fact]
    public async Task Group_commit_must_bound_a_batch_by_its_number_of_writes()
    {
        await _journal.DisposeAsync();
        _journal = CreateJournal(new JournalOptions { MaxBatchWrites = 2 });
        var first = await HoldFirstBatchAsync();
        var queued = Enumerable.Range(1, 5).Select(n => _journal.WriteAsync($"w{n}", 0, [new CounterIncremented(n)])).ToList();

        await ReleaseAsync(first, queued);

        Assert.Equal(1 + 3, _storage.BatchCount);
    }

    [Fact]
    public async Task Group_commit_must_bound_a_batch_by_its_number_of_events_but_let_a_larger_write_go_alone()
    {
        await _journal.DisposeAsync();
        _journal = CreateJournal(new JournalOptions { MaxBatchEvents = 3 });
        var first = await HoldFirstBatchAsync();
        var queued = new[] { 2, 2, 5, 1 }
            .Select((count, i) => _journal.WriteAsync($"w{i}", 0, [.. Enumerable.Range(1, count).Select(n => (object)new CounterIncremented(n))]))
            .ToList();

        await ReleaseAsync(first, queued);

        Assert.Equal(1 + 4, _storage.BatchCount);
        Assert.Equal(5, await _journal.ReadHighestSequenceNrAsync("w2"));
    }

    [Fact]
    public async Task Group_commit_must_wait_up_to_the_batch_delay_for_more_writes()
    {
        await _journal.DisposeAsync();
        var clock = new ManualTimeProvider();
        _journal = CreateJournal(new JournalOptions { MaxBatchDelay = TimeSpan.FromMilliseconds(50) }, clock);

        var early = _journal.WriteAsync("early", 0, [new CounterIncremented(1)]);
        await Eventually.ConditionAsync(() => clock.ActiveTimerCount > 0, message: "the batch should wait on the clock");
        var late = _journal.WriteAsync("late", 0, [new CounterIncremented(2)]);
        Assert.False(early.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(50));
        await Task.WhenAll(early, late);

        Assert.Equal(1, _storage.BatchCount);
    }

    /// <summary>Starts one write and waits until its batch is held at the storage, so later writes queue up behind it.</summary>
    private async Task<(IDisposable Gate, Task Write)> HoldFirstBatchAsync()
    {
        var gate = _storage.Faults.HoldBatches();
        var write = _journal.WriteAsync("held", 0, [new CounterIncremented(0)]);
        await Eventually.ConditionAsync(() => _storage.Faults.HeldBatches == 1, message: "the first batch should reach the storage");
        return (gate, write);
    }

    private static async Task ReleaseAsync((IDisposable Gate, Task Write) first, IEnumerable<Task> expectedToSucceed)
    {
        first.Gate.Dispose();
        await first.Write;
        await Task.WhenAll(expectedToSucceed);
    }

    private EventJournal CreateJournal(JournalOptions options, TimeProvider? time = null) =>
        new(_storage, TestContracts.CreateSerializer(), options, time ?? TimeProvider.System);
}
