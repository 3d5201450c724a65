using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// The event journal every persistent actor and the world's transaction layer write through:
/// serializes events with stable manifests, group-commits concurrent writes into shared database
/// transactions, and reads events back deserialized and upcast. Thread-safe; one per process.
/// </summary>
/// <remarks>
/// A write completes only when durable. It fails with <see cref="SequenceConflictException"/>
/// (stale expected sequence number, nothing stored), <see cref="WriteRejectedException"/>
/// (cannot be stored, e.g. an unregistered event type; nothing stored) or
/// <see cref="JournalWriteFailedException"/> (storage failure; outcome unknown). A write cannot be
/// cancelled once issued, because it may already be part of a committing batch.
/// </remarks>
public sealed class EventJournal : IAsyncDisposable
{
    private readonly IJournalStorage _storage;
    private readonly PersistenceSerializer _serializer;
    private readonly JournalOptions _options;
    private readonly TimeProvider _time;
    private readonly GroupCommitBatcher _batcher;

    /// <summary>Creates the journal over <paramref name="storage"/>, which it owns and disposes.</summary>
    public EventJournal(
        IJournalStorage storage,
        PersistenceSerializer serializer,
        JournalOptions options,
        TimeProvider timeProvider,
        ILogger<EventJournal>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        _storage = storage;
        _serializer = serializer;
        _options = options;
        _time = timeProvider;
        _batcher = new GroupCommitBatcher(storage, options, timeProvider, logger ?? NullLogger<EventJournal>.Instance);
    }

    /// <summary>The serializer used for events; snapshot stores usually share it.</summary>
    public PersistenceSerializer Serializer => _serializer;

    /// <summary>Group-commit counters since the journal started.</summary>
    public JournalStatistics Statistics => _batcher.Statistics;

    /// <summary>
    /// Stores every event of <paramref name="write"/> atomically, after checking each id's expected
    /// sequence number, and completes once the write is durable.
    /// </summary>
    /// <exception cref="SequenceConflictException">An expected sequence number was stale; nothing was stored.</exception>
    /// <exception cref="WriteRejectedException">An event cannot be serialized; nothing was stored.</exception>
    /// <exception cref="JournalWriteFailedException">The storage failed; the write may or may not be stored.</exception>
    public Task WriteAsync(AtomicWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        SerializedAtomicWrite serialized;
        try
        {
            serialized = Serialize(write);
        }
        catch (Exception ex) when (ex is UnknownManifestException or JsonException or NotSupportedException)
        {
            return Task.FromException(new WriteRejectedException($"Write refused, nothing stored: an event could not be serialized: {ex.Message}", ex));
        }
        return _batcher.EnqueueAsync(serialized);
    }

    /// <summary>Appends <paramref name="events"/> to one id; see <see cref="WriteAsync(AtomicWrite)"/>.</summary>
    public Task WriteAsync(string persistenceId, long expectedSequenceNr, IReadOnlyList<object> events) =>
        WriteAsync(new AtomicWrite(persistenceId, expectedSequenceNr, events));

    /// <summary>
    /// Reads the events of <paramref name="persistenceId"/> from <paramref name="fromSequenceNr"/> to
    /// <paramref name="toSequenceNr"/> inclusive, in order, at most <paramref name="maxCount"/>.
    /// </summary>
    /// <exception cref="UnknownManifestException">A stored event's manifest is unknown (thrown while enumerating).</exception>
    public async IAsyncEnumerable<EventEnvelope> ReadEventsAsync(
        string persistenceId,
        long fromSequenceNr = 1,
        long toSequenceNr = long.MaxValue,
        long maxCount = long.MaxValue,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        if (maxCount <= 0 || toSequenceNr < fromSequenceNr)
            yield break;
        await foreach (var row in _storage.ReadEventsAsync(persistenceId, Math.Max(fromSequenceNr, 1), toSequenceNr, maxCount, cancellationToken).ConfigureAwait(false))
            yield return Deserialize(row);
    }

    /// <summary>The highest sequence number stored for the id, deleted events included; 0 when none.</summary>
    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        return _storage.ReadHighestSequenceNrAsync(persistenceId, cancellationToken);
    }

    /// <summary>
    /// Deletes the id's events up to and including <paramref name="toSequenceNr"/>, typically those a
    /// snapshot has made redundant. The id's highest sequence number is kept, so later writes continue after it.
    /// </summary>
    public Task DeleteEventsToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        ArgumentOutOfRangeException.ThrowIfNegative(toSequenceNr);
        return _storage.DeleteEventsToAsync(persistenceId, toSequenceNr, cancellationToken);
    }

    /// <summary>Every persistence id that has stored events, each once.</summary>
    public IAsyncEnumerable<string> CurrentPersistenceIdsAsync(CancellationToken cancellationToken = default) =>
        _storage.ReadPersistenceIdsAsync(cancellationToken);

    /// <summary>
    /// Events of every id in global order, starting after <paramref name="afterOffset"/> (an
    /// <see cref="EventEnvelope.Ordering"/>; 0 reads from the beginning), at most <paramref name="maxCount"/>.
    /// For projections, audits and export: resume from the last ordering seen.
    /// </summary>
    public async IAsyncEnumerable<EventEnvelope> ReadAllEventsAsync(
        long afterOffset = 0,
        long maxCount = long.MaxValue,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (maxCount <= 0)
            yield break;
        await foreach (var row in _storage.ReadAllEventsAsync(Math.Max(afterOffset, 0), maxCount, cancellationToken).ConfigureAwait(false))
            yield return Deserialize(row);
    }

    /// <summary>Commits the writes already queued, then disposes the storage.</summary>
    public async ValueTask DisposeAsync()
    {
        await _batcher.DisposeAsync().ConfigureAwait(false);
        await _storage.DisposeAsync().ConfigureAwait(false);
    }

    private SerializedAtomicWrite Serialize(AtomicWrite write)
    {
        var entities = new SerializedEntityWrite[write.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = write.Entities[i];
            var events = new SerializedPayload[entity.Events.Count];
            for (var e = 0; e < events.Length; e++)
                events[e] = _serializer.Serialize(entity.Events[e]);
            entities[i] = new SerializedEntityWrite(entity.PersistenceId, entity.ExpectedSequenceNr, events);
        }
        return new SerializedAtomicWrite(entities, _time.GetUtcNow(), _options.WriterId);
    }

    private EventEnvelope Deserialize(JournalRow row) =>
        new(row.PersistenceId, row.SequenceNr, row.Ordering, _serializer.Deserialize(row.Manifest, row.Payload), row.Timestamp, row.WriterId);
}
