using System.Text;
using ActorMoo.Runtime.Persistence;
using Xunit;

namespace ActorMoo.TestKit.Persistence.Tck;

/// <summary>
/// The snapshot store conformance suite (a TCK, like Akka's <c>SnapshotStoreSpec</c>): every
/// <see cref="ISnapshotStorage"/> must pass it. Subclass it in an xunit test project and say how to
/// create a fresh storage.
/// </summary>
public abstract class SnapshotStoreSpec : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    private readonly string _run = Guid.NewGuid().ToString("N")[..12];
    private ISnapshotStorage? _storage;

    /// <summary>The storage under test.</summary>
    protected ISnapshotStorage Storage => _storage ?? throw new InvalidOperationException("The suite is not initialized.");

    /// <summary>Creates the storage under test: an empty one where the back end can.</summary>
    protected abstract Task<ISnapshotStorage> CreateStorageAsync();

    /// <summary>Releases what <see cref="CreateStorageAsync"/> set up; runs after the storage is disposed.</summary>
    protected virtual Task CleanupAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_storage is not null)
            await _storage.DisposeAsync();
        await CleanupAsync();
    }

    /// <summary>No snapshot yet: loading finds none.</summary>
    [Fact]
    public async Task SnapshotStore_must_find_nothing_for_an_id_without_snapshots()
    {
        Assert.Null(await Storage.LoadLatestAsync(Id("none"), SnapshotCriteria.Latest, CancellationToken.None));
    }

    /// <summary>The latest snapshot is the one with the highest sequence number; every field survives.</summary>
    [Fact]
    public async Task SnapshotStore_must_load_the_snapshot_with_the_highest_sequence_number()
    {
        await SaveAsync("a", 5, T0);
        await SaveAsync("a", 12, T0.AddSeconds(1));
        await SaveAsync("a", 9, T0.AddSeconds(2));

        var latest = await LoadAsync("a", SnapshotCriteria.Latest);

        Assert.NotNull(latest);
        Assert.Equal(new SnapshotMetadata(Id("a"), 12, T0.AddSeconds(1)), latest.Metadata);
        Assert.Equal("tck.snapshot.raw", latest.State.Manifest);
        Assert.Equal("state at 12", Encoding.UTF8.GetString(latest.State.Payload));
    }

    /// <summary>Criteria bound the sequence number and the timestamp.</summary>
    [Fact]
    public async Task SnapshotStore_must_honour_sequence_number_and_timestamp_criteria()
    {
        await SaveAsync("a", 5, T0);
        await SaveAsync("a", 10, T0.AddMinutes(1));
        await SaveAsync("a", 15, T0.AddMinutes(2));

        Assert.Equal(10, (await LoadAsync("a", SnapshotCriteria.UpTo(14)))?.Metadata.SequenceNr);
        Assert.Equal(5, (await LoadAsync("a", new SnapshotCriteria(long.MaxValue, T0.AddSeconds(59))))?.Metadata.SequenceNr);
        Assert.Null(await LoadAsync("a", SnapshotCriteria.UpTo(4)));
        Assert.Null(await LoadAsync("a", SnapshotCriteria.None));
    }

    /// <summary>Saving again at the same sequence number replaces the snapshot.</summary>
    [Fact]
    public async Task SnapshotStore_must_replace_a_snapshot_saved_again_at_the_same_sequence_number()
    {
        await SaveAsync("a", 7, T0, "first");
        await SaveAsync("a", 7, T0.AddSeconds(3), "second");

        var latest = await LoadAsync("a", SnapshotCriteria.Latest);

        Assert.Equal("second", Encoding.UTF8.GetString(latest!.State.Payload));
        Assert.Equal(T0.AddSeconds(3), latest.Metadata.Timestamp);
    }

    /// <summary>Deleting by sequence number removes exactly that snapshot.</summary>
    [Fact]
    public async Task SnapshotStore_must_delete_one_snapshot_by_sequence_number()
    {
        await SaveAsync("a", 5, T0);
        await SaveAsync("a", 10, T0);

        await Storage.DeleteAsync(Id("a"), 10, CancellationToken.None);

        Assert.Equal(5, (await LoadAsync("a", SnapshotCriteria.Latest))?.Metadata.SequenceNr);
    }

    /// <summary>Deleting by criteria removes the matching snapshots only, and only of that id.</summary>
    [Fact]
    public async Task SnapshotStore_must_delete_the_snapshots_matching_criteria_and_keep_the_rest()
    {
        await SaveAsync("a", 5, T0);
        await SaveAsync("a", 10, T0);
        await SaveAsync("a", 15, T0);
        await SaveAsync("b", 5, T0);

        await Storage.DeleteAsync(Id("a"), SnapshotCriteria.UpTo(10), CancellationToken.None);

        Assert.Equal(15, (await LoadAsync("a", SnapshotCriteria.Latest))?.Metadata.SequenceNr);
        Assert.Null(await LoadAsync("a", SnapshotCriteria.UpTo(14)));
        Assert.Equal(5, (await LoadAsync("b", SnapshotCriteria.Latest))?.Metadata.SequenceNr);
    }

    /// <summary>Through a <see cref="SnapshotStore"/>, the state comes back deserialized.</summary>
    [Fact]
    public async Task SnapshotStore_must_round_trip_state_through_the_serializer()
    {
        var store = new SnapshotStore(Storage, TckSerialization.CreateSerializer(), TimeProvider.System);

        var saved = await store.SaveAsync(Id("a"), 3, new TckSnapshot("three ✓"));
        var loaded = await store.LoadAsync(Id("a"));

        Assert.NotNull(loaded);
        Assert.Equal(new TckSnapshot("three ✓"), loaded.State);
        Assert.Equal(saved.SequenceNr, loaded.Metadata.SequenceNr);
    }

    private string Id(string name) => $"tck-{_run}-{name}";

    private Task SaveAsync(string id, long sequenceNr, DateTimeOffset timestamp, string? text = null) =>
        Storage.SaveAsync(
            new StoredSnapshot(
                new SnapshotMetadata(Id(id), sequenceNr, timestamp),
                new SerializedPayload("tck.snapshot.raw", Encoding.UTF8.GetBytes(text ?? $"state at {sequenceNr}"))),
            CancellationToken.None);

    private Task<StoredSnapshot?> LoadAsync(string id, SnapshotCriteria criteria) =>
        Storage.LoadLatestAsync(Id(id), criteria, CancellationToken.None);
}
