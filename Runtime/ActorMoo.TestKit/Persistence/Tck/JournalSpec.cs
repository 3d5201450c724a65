using System.Text;
using ActorMoo.Runtime.Persistence;
using Xunit;

namespace ActorMoo.TestKit.Persistence.Tck;

/// <summary>
/// The journal conformance suite (a TCK, like Akka's <c>JournalSpec</c>): every
/// <see cref="IJournalStorage"/> must pass it. Subclass it in an xunit test project, say how to create
/// a fresh storage, and every test here runs against your back end: writes and sequence numbers,
/// atomic multi-entity writes and conflicts, group commit under concurrency, deletes and queries.
/// </summary>
/// <remarks>
/// Each test gets a new instance and therefore a new storage. The tests use ids unique to the instance,
/// so a back end that cannot provide an empty store per test still passes.
/// </remarks>
public abstract partial class JournalSpec : IAsyncLifetime
{
    /// <summary>A prefix unique to this test instance, so ids never meet other tests' data.</summary>
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];

    private IJournalStorage? _storage;
    private EventJournal? _journal;

    /// <summary>The storage under test, created by <see cref="CreateStorageAsync"/>.</summary>
    protected IJournalStorage Storage => _storage ?? throw new InvalidOperationException("The suite is not initialized.");

    /// <summary>An <see cref="EventJournal"/> over <see cref="Storage"/>, with group commit.</summary>
    protected EventJournal Journal => _journal ?? throw new InvalidOperationException("The suite is not initialized.");

    /// <summary>Creates the storage under test: an empty one where the back end can.</summary>
    protected abstract Task<IJournalStorage> CreateStorageAsync();

    /// <summary>
    /// Opens a second storage over the same data, as another process or cluster node would, to check
    /// that expected sequence numbers fence writers that do not share a group-commit queue.
    /// </summary>
    protected abstract Task<IJournalStorage> OpenAnotherStorageAsync();

    /// <summary>Releases what <see cref="CreateStorageAsync"/> set up (a file, a schema); runs after the journal is disposed.</summary>
    protected virtual Task CleanupAsync() => Task.CompletedTask;

    /// <summary>The group-commit settings of <see cref="Journal"/>.</summary>
    protected virtual JournalOptions JournalOptions => new() { WriterId = "tck-writer" };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        _journal = new EventJournal(_storage, TckSerialization.CreateSerializer(), JournalOptions, TimeProvider.System);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_journal is not null)
            await _journal.DisposeAsync();
        await CleanupAsync();
    }

    /// <summary>A persistence id unique to this test instance.</summary>
    protected string Id(string name) => $"tck-{_run}-{name}";

    /// <summary>Events numbered <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    protected static object[] Events(int count, int first = 1) =>
        [.. Enumerable.Range(first, count).Select(n => new TckEvent($"event {n}", n))];

    /// <summary>Reads every event of <paramref name="persistenceId"/> through the journal.</summary>
    protected async Task<List<EventEnvelope>> ReadAllOf(string persistenceId, long from = 1, long to = long.MaxValue, long max = long.MaxValue)
    {
        var events = new List<EventEnvelope>();
        await foreach (var e in Journal.ReadEventsAsync(persistenceId, from, to, max))
            events.Add(e);
        return events;
    }

    /// <summary>The numbers of the <see cref="TckEvent"/>s in <paramref name="events"/>.</summary>
    protected static int[] Numbers(IEnumerable<EventEnvelope> events) => [.. events.Select(e => ((TckEvent)e.Event).Number)];

    /// <summary>A storage-level write, bypassing the journal's serializer and queue.</summary>
    protected static SerializedAtomicWrite RawWrite(params (string Id, long Expected, int Count)[] entities) =>
        new([.. entities.Select(e => new SerializedEntityWrite(e.Id, e.Expected,
                [.. Enumerable.Range(1, e.Count).Select(n => new SerializedPayload("tck.raw", Encoding.UTF8.GetBytes($"{{\"n\":{n}}}")))]))],
            DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123),
            "tck-raw-writer");

    /// <summary>Every row of <paramref name="persistenceId"/> straight from the storage.</summary>
    protected async Task<List<JournalRow>> RawRowsOf(string persistenceId)
    {
        var rows = new List<JournalRow>();
        await foreach (var row in Storage.ReadEventsAsync(persistenceId, 1, long.MaxValue, long.MaxValue, CancellationToken.None))
            rows.Add(row);
        return rows;
    }
}
