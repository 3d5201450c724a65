using System.Runtime.CompilerServices;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.TestKit.Persistence;

/// <summary>
/// Failures a test injects into an <see cref="InMemoryJournalStorage"/>: whole batches that fail (the
/// storage's transaction fails), single writes the storage rejects, reads that fail (recovery
/// failures), and a gate that holds batches so a test can decide which writes share one.
/// Thread-safe; faults stay until cleared unless they say otherwise.
/// </summary>
public sealed class JournalFaults
{
    private readonly Lock _lock = new();
    private int _failNextBatches;
    private Exception? _nextBatchException;
    private readonly Dictionary<string, Exception> _failBatchesWith = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rejectWritesTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> _failReadsOf = new(StringComparer.Ordinal);

    /// <summary>Completed while batches may proceed; replaced by an open task while <see cref="HoldBatches"/> is in force.</summary>
    private TaskCompletionSource _gate = Open();

    /// <summary>Completed while reads may proceed; replaced by an open task while <see cref="HoldReads"/> is in force.</summary>
    private TaskCompletionSource _readGate = Open();

    /// <summary>Batches currently waiting at the gate.</summary>
    private readonly StrongBox<int> _heldBatches = new();

    /// <summary>Reads currently waiting at the read gate.</summary>
    private readonly StrongBox<int> _heldReads = new();

    /// <summary>Makes the next <paramref name="count"/> batches fail as a whole, with <paramref name="exception"/> or an <see cref="InjectedFaultException"/>.</summary>
    public void FailNextBatches(int count = 1, Exception? exception = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_lock)
        {
            _failNextBatches = count;
            _nextBatchException = exception;
        }
    }

    /// <summary>Makes every batch that carries a write to <paramref name="persistenceId"/> fail as a whole.</summary>
    public void FailBatchesWith(string persistenceId, Exception? exception = null)
    {
        lock (_lock)
            _failBatchesWith[persistenceId] = exception ?? new InjectedFaultException($"Injected failure of a batch writing '{persistenceId}'.");
    }

    /// <summary>Makes the storage reject every write to <paramref name="persistenceId"/> while the rest of its batch goes ahead.</summary>
    public void RejectWritesTo(string persistenceId, string reason = "Injected rejection")
    {
        lock (_lock)
            _rejectWritesTo[persistenceId] = reason;
    }

    /// <summary>Makes reads of <paramref name="persistenceId"/>'s events and highest sequence number fail: a recovery failure.</summary>
    public void FailReadsOf(string persistenceId, Exception? exception = null)
    {
        lock (_lock)
            _failReadsOf[persistenceId] = exception ?? new InjectedFaultException($"Injected failure reading '{persistenceId}'.");
    }

    /// <summary>
    /// Holds every batch at the storage's door until the returned handle is disposed: writes issued
    /// meanwhile pile up in the group-commit queue and go in the next batch together.
    /// </summary>
    public IDisposable HoldBatches()
    {
        lock (_lock)
        {
            if (_gate.Task.IsCompleted)
                _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return new Release(this, reads: false);
        }
    }

    /// <summary>How many batches are waiting at the gate of <see cref="HoldBatches"/>.</summary>
    public int HeldBatches => Volatile.Read(ref _heldBatches.Value);

    /// <summary>
    /// Holds every read of events and sequence numbers until the returned handle is disposed, e.g. to
    /// keep a persistent actor in recovery while a test sends it commands.
    /// </summary>
    public IDisposable HoldReads()
    {
        lock (_lock)
        {
            if (_readGate.Task.IsCompleted)
                _readGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return new Release(this, reads: true);
        }
    }

    /// <summary>How many reads are waiting at the gate of <see cref="HoldReads"/>.</summary>
    public int HeldReads => Volatile.Read(ref _heldReads.Value);

    /// <summary>Removes every fault and opens the gate.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _failNextBatches = 0;
            _nextBatchException = null;
            _failBatchesWith.Clear();
            _rejectWritesTo.Clear();
            _failReadsOf.Clear();
            _gate.TrySetResult();
            _readGate.TrySetResult();
        }
    }

    /// <summary>Waits at the gate, then throws when the batch is to fail.</summary>
    internal async Task BeforeBatchAsync(IReadOnlyList<SerializedAtomicWrite> batch)
    {
        Task gate;
        lock (_lock)
            gate = _gate.Task;
        await PassAsync(gate, _heldBatches).ConfigureAwait(false);
        lock (_lock)
        {
            if (_failNextBatches > 0)
            {
                _failNextBatches--;
                throw _nextBatchException ?? new InjectedFaultException("Injected failure of a journal batch.");
            }
            foreach (var write in batch)
            {
                foreach (var entity in write.Entities)
                {
                    if (_failBatchesWith.TryGetValue(entity.PersistenceId, out var exception))
                        throw exception;
                }
            }
        }
    }

    /// <summary>The rejection reason for <paramref name="write"/>, or null to store it.</summary>
    internal string? RejectionFor(SerializedAtomicWrite write)
    {
        lock (_lock)
        {
            foreach (var entity in write.Entities)
            {
                if (_rejectWritesTo.TryGetValue(entity.PersistenceId, out var reason))
                    return reason;
            }
            return null;
        }
    }

    /// <summary>Waits at the read gate, then throws when reads of <paramref name="persistenceId"/> are to fail.</summary>
    internal async Task BeforeReadAsync(string persistenceId)
    {
        Task gate;
        lock (_lock)
            gate = _readGate.Task;
        await PassAsync(gate, _heldReads).ConfigureAwait(false);
        lock (_lock)
        {
            if (_failReadsOf.TryGetValue(persistenceId, out var exception))
                throw exception;
        }
    }

    /// <summary>Waits for <paramref name="gate"/> to open, counted in <paramref name="waiting"/> meanwhile.</summary>
    private static async Task PassAsync(Task gate, StrongBox<int> waiting)
    {
        if (gate.IsCompleted)
            return;
        Interlocked.Increment(ref waiting.Value);
        try
        {
            await gate.ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref waiting.Value);
        }
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    /// <summary>Opens the batch gate (or the read gate) when disposed.</summary>
    private sealed class Release(JournalFaults faults, bool reads) : IDisposable
    {
        public void Dispose()
        {
            lock (faults._lock)
                (reads ? faults._readGate : faults._gate).TrySetResult();
        }
    }
}
