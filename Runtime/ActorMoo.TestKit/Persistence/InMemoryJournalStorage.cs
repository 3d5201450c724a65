using System.Runtime.CompilerServices;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.TestKit.Persistence;

/// <summary>
/// A journal storage kept in memory, for testing persistent actors and anything written on the
/// journal without a database. It honours the full <see cref="IJournalStorage"/> contract (it passes
/// the conformance suite) and can inject failures through <see cref="Faults"/>.
/// </summary>
/// <remarks>
/// Several storages opened with <see cref="OpenAnother"/> share one set of events, as several
/// processes or nodes share one database.
/// </remarks>
public sealed class InMemoryJournalStorage : IJournalStorage
{
    private readonly InMemoryJournalData _data;

    /// <summary>Batches handed to this storage so far; see <see cref="BatchCount"/>.</summary>
    private int _batchCount;

    /// <summary>Creates an empty journal.</summary>
    public InMemoryJournalStorage()
        : this(new InMemoryJournalData(), new JournalFaults())
    {
    }

    private InMemoryJournalStorage(InMemoryJournalData data, JournalFaults faults)
    {
        _data = data;
        Faults = faults;
    }

    /// <summary>Failures to inject into this storage's writes and reads.</summary>
    public JournalFaults Faults { get; }

    /// <summary>How many batches reached this storage (failed ones included): shows how writes were grouped.</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <summary>Another storage over the same events, with its own faults: a second process or node.</summary>
    public InMemoryJournalStorage OpenAnother() => new(_data, new JournalFaults());

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteResult>> WriteBatchAsync(IReadOnlyList<SerializedAtomicWrite> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Interlocked.Increment(ref _batchCount);
        await Faults.BeforeBatchAsync(batch).ConfigureAwait(false);
        return _data.Write(batch, Faults.RejectionFor);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<JournalRow> ReadEventsAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long maxCount, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Faults.BeforeReadAsync(persistenceId).ConfigureAwait(false);
        foreach (var row in _data.Events(persistenceId, fromSequenceNr, toSequenceNr, maxCount))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    /// <inheritdoc />
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await Faults.BeforeReadAsync(persistenceId).ConfigureAwait(false);
        return _data.Highest(persistenceId);
    }

    /// <inheritdoc />
    public Task DeleteEventsToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        _data.Delete(persistenceId, toSequenceNr);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ReadPersistenceIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var id in _data.PersistenceIds())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return id;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<JournalRow> ReadAllEventsAsync(long afterOrdering, long maxCount, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var row in _data.AllEvents(afterOrdering, maxCount))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    /// <summary>Nothing to release; the events stay readable through other storages sharing them.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
