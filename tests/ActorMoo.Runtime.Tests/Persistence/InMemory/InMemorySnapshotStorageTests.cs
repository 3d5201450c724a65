using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Runtime.Tests.Persistence.InMemory;

/// <summary>The snapshot store conformance suite against the TestKit's in-memory storage.</summary>
public sealed class InMemorySnapshotStorageTests : SnapshotStoreSpec
{
    private readonly InMemorySnapshotStorage _storage = new();

    protected override Task<ISnapshotStorage> CreateStorageAsync() => Task.FromResult<ISnapshotStorage>(_storage);

    [Fact]
    public async Task InMemory_snapshot_store_must_fail_saves_and_loads_on_request()
    {
        _storage.FailSavesOf("sick");
        _storage.FailLoadsOf("sick");
        var snapshot = new StoredSnapshot(new SnapshotMetadata("sick", 1, DateTimeOffset.UnixEpoch), new SerializedPayload("m", [1]));

        await Assert.ThrowsAsync<InjectedFaultException>(() => _storage.SaveAsync(snapshot, CancellationToken.None));
        await Assert.ThrowsAsync<InjectedFaultException>(() => _storage.LoadLatestAsync("sick", SnapshotCriteria.Latest, CancellationToken.None));

        _storage.ClearFaults();
        await _storage.SaveAsync(snapshot, CancellationToken.None);
        Assert.Equal([snapshot.Metadata], _storage.SnapshotsOf("sick"));
    }
}
