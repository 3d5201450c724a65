using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Group commit: concurrent writes queue here and one loop commits them in batches, one database
/// transaction per batch, so a thousand actors share one fsync instead of paying one each. Each
/// writer's task completes only after its batch is durable. Exactly one batch is in flight at a time,
/// which keeps writes of one persistence id in order and matches SQLite's single writer.
/// </summary>
internal sealed partial class GroupCommitBatcher : IAsyncDisposable
{
    private readonly IJournalStorage _storage;
    private readonly JournalOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Writes waiting for a batch; bounded so writers feel back-pressure when storage falls behind.</summary>
    private readonly Channel<PendingWrite> _queue;

    /// <summary>The commit loop; completes after the queue is completed and drained.</summary>
    private readonly Task _loop;

    private long _batchesCommitted;
    private long _batchesFailed;
    private long _writesAccepted;
    private long _writesRefused;
    private long _eventsStored;

    public GroupCommitBatcher(IJournalStorage storage, JournalOptions options, TimeProvider time, ILogger logger)
    {
        _storage = storage;
        _options = options;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="write"/> and completes when its batch is durable, or with the reason it was not stored.</summary>
    public async Task EnqueueAsync(SerializedAtomicWrite write)
    {
        var pending = new PendingWrite(write);
        try
        {
            await _queue.Writer.WriteAsync(pending).ConfigureAwait(false);
        }
        catch (ChannelClosedException ex)
        {
            throw new JournalWriteFailedException("The journal is shut down; the write was not stored.", ex);
        }
        await pending.Completion.Task.ConfigureAwait(false);
    }

    /// <summary>A snapshot of the counters.</summary>
    public JournalStatistics Statistics => new(
        Interlocked.Read(ref _batchesCommitted),
        Interlocked.Read(ref _batchesFailed),
        Interlocked.Read(ref _writesAccepted),
        Interlocked.Read(ref _writesRefused),
        Interlocked.Read(ref _eventsStored));

    /// <summary>Stops taking writes, commits the ones already queued, and waits for the loop to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(Math.Min(_options.MaxBatchWrites, 4096));
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await FillAsync(batch).ConfigureAwait(false);
            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    /// <summary>
    /// Takes queued writes until the batch is full (by writes or by events) and, when a batch delay is
    /// configured, waits up to that long for more. A write that would overflow the event limit stays
    /// queued for the next batch.
    /// </summary>
    private async Task FillAsync(List<PendingWrite> batch)
    {
        var reader = _queue.Reader;
        var events = 0;
        long? startedAt = null;
        while (true)
        {
            while (batch.Count < _options.MaxBatchWrites && reader.TryPeek(out var next))
            {
                var count = next.Write.EventCount;
                if (batch.Count > 0 && events + count > _options.MaxBatchEvents)
                    return;
                reader.TryRead(out _);
                batch.Add(next);
                events += count;
            }
            if (batch.Count >= _options.MaxBatchWrites || _options.MaxBatchDelay <= TimeSpan.Zero)
                return;

            startedAt ??= _time.GetTimestamp();
            var remaining = _options.MaxBatchDelay - _time.GetElapsedTime(startedAt.Value);
            if (remaining <= TimeSpan.Zero)
                return;
            using var timeout = new CancellationTokenSource(remaining, _time);
            try
            {
                if (!await reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false))
                    return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var writes = new SerializedAtomicWrite[batch.Count];
        for (var i = 0; i < batch.Count; i++)
            writes[i] = batch[i].Write;

        IReadOnlyList<WriteResult> results;
        try
        {
            results = await _storage.WriteBatchAsync(writes).ConfigureAwait(false);
            if (results.Count != writes.Length)
                throw new InvalidOperationException($"The journal storage returned {results.Count} results for a batch of {writes.Length} writes.");
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _batchesFailed);
            LogBatchFailed(_logger, ex, writes.Length);
            var failure = new JournalWriteFailedException($"The journal storage failed while writing a batch of {writes.Length} writes: {ex.Message}", ex);
            foreach (var pending in batch)
                pending.Completion.TrySetException(failure);
            return;
        }

        Interlocked.Increment(ref _batchesCommitted);
        for (var i = 0; i < batch.Count; i++)
        {
            var exception = results[i].ToException();
            if (exception is null)
            {
                Interlocked.Increment(ref _writesAccepted);
                Interlocked.Add(ref _eventsStored, writes[i].EventCount);
                batch[i].Completion.TrySetResult();
            }
            else
            {
                Interlocked.Increment(ref _writesRefused);
                batch[i].Completion.TrySetException(exception);
            }
        }
    }

    /// <summary>A queued write and the task its writer awaits.</summary>
    private sealed class PendingWrite(SerializedAtomicWrite write)
    {
        public SerializedAtomicWrite Write { get; } = write;

        /// <summary>Runs continuations asynchronously so a thousand writers never resume on the commit loop.</summary>
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal batch of {WriteCount} writes failed; every write in it is reported failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int writeCount);
}
