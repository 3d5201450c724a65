using ActorMoo.Actors.Model;
using ActorMoo.Actors.Server;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.Server;

/// <summary><see cref="WorldCensus"/> over a whole in-process server with the starter core.</summary>
public sealed class WorldCensusTests : IAsyncLifetime
{
    private readonly PersistenceSerializer _serializer = InProcessServer.CreateSerializer();
    private PersistenceRuntime _persistence = null!;
    private InProcessServer _server = null!;

    public async Task InitializeAsync()
    {
        var journal = new EventJournal(new InMemoryJournalStorage(), _serializer, new JournalOptions { WriterId = "census-test" }, TimeProvider.System);
        _persistence = new PersistenceRuntime(journal, new SnapshotStore(new InMemorySnapshotStorage(), _serializer, TimeProvider.System));
        _server = await InProcessServer.StartAsync(_persistence, new InProcessServerOptions { WizardPassword = "census-test", SystemName = "census-test" });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _persistence.Journal.DisposeAsync();
        await _persistence.Snapshots.DisposeAsync();
    }

    [Fact]
    public async Task Rooms_must_be_the_starter_cores_descendants_of_dollar_room()
    {
        var census = new WorldCensus(_server.Tasks, _persistence.Journal, maxAge: TimeSpan.Zero);

        var counts = await census.CountAsync();

        Assert.Equal(StarterCoreRooms(), counts.Rooms);
        Assert.True(counts.Rooms > 0);
    }

    [Fact]
    public async Task Objects_must_count_every_id_handed_out_including_new_players()
    {
        var census = new WorldCensus(_server.Tasks, _persistence.Journal, maxAge: TimeSpan.Zero);
        var before = (await census.CountAsync()).Objects;

        var player = (await _server.Accounts.CreateAsync("Alice", "s3cret-pw", "127.0.0.1")).Player!.Value;

        var after = (await census.CountAsync()).Objects;
        Assert.True(before >= StarterCore.Read().NextId, $"{before} objects counted");
        Assert.Equal(before + 1, after);
        Assert.Equal(player.Value + 1, after);
    }

    [Fact]
    public async Task Counts_younger_than_the_maximum_age_must_be_reused()
    {
        var census = new WorldCensus(_server.Tasks, _persistence.Journal, maxAge: TimeSpan.FromDays(1));
        var first = await census.CountAsync();

        await _server.Accounts.CreateAsync("Alice", "s3cret-pw", "127.0.0.1");

        Assert.Equal(first, await census.CountAsync());
    }

    /// <summary>The rooms of the core's files, counted from the files themselves: objects with <c>$room</c> among their ancestors.</summary>
    private static long StarterCoreRooms()
    {
        var image = StarterCore.Read();
        var byId = image.Objects.ToDictionary(o => o.Id);
        var room = byId[SystemObjects.System].FindDefinedProperty("room")!.Value.AsObject();
        bool IsRoom(ObjectId id) => byId.TryGetValue(id, out var o) && o.Parents.Any(p => p == room || IsRoom(p));
        return image.Objects.Count(o => o.Id != room && IsRoom(o.Id));
    }
}
