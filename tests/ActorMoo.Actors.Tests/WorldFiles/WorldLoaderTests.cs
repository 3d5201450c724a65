using System.Text;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.WorldFiles;

public sealed class WorldLoaderTests : IAsyncLifetime
{
    private readonly InMemoryPersistence _store = NewStore();

    private static InMemoryPersistence NewStore() => new(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private async Task<List<EventEnvelope>> AllEventsAsync(InMemoryPersistence store)
    {
        var events = new List<EventEnvelope>();
        await foreach (var e in store.Journal.ReadAllEventsAsync()) events.Add(e);
        return events;
    }

    [Fact]
    public async Task A_loaded_world_must_export_as_the_same_world()
    {
        var image = SampleImage.Create();

        await WorldLoader.LoadAsync(_store.Journal, image, []);
        var exported = await WorldExporter.ExportAsync(_store.Runtime, []);

        Assert.Empty(exported.Warnings);
        Assert.Equal(image.NextId, exported.Image.NextId);
        Assert.Equal(SampleImage.NormalizedObjects(image), SampleImage.NormalizedObjects(exported.Image));
    }

    [Fact]
    public async Task Export_import_export_must_give_the_same_bundle()
    {
        await WorldLoader.LoadAsync(_store.Journal, WorldReader.Read(new SampleTree().Files()), []);
        var first = WorldBundle.Write(WorldWriter.Write((await WorldExporter.ExportAsync(_store.Runtime, [])).Image));

        await using var target = NewStore();
        await WorldLoader.LoadAsync(target.Journal, WorldReader.Read(WorldBundle.Read(first, "first")), []);
        var second = WorldBundle.Write(WorldWriter.Write((await WorldExporter.ExportAsync(target.Runtime, [])).Image));

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Fact]
    public async Task The_load_must_be_one_atomic_write_that_advances_the_id_counter()
    {
        await WorldLoader.LoadAsync(_store.Journal, SampleImage.Create(), []);

        var events = await AllEventsAsync(_store);
        Assert.Single(events.Select(e => e.Timestamp).Distinct());
        Assert.Equal(new ObjectIdAllocated(8), events.Single(e => e.PersistenceId == ObjectIdAllocator.AllocatorPersistenceId).Event);
        Assert.IsType<ObjectCreated>(events.First(e => e.PersistenceId == "object-4").Event);
    }

    [Fact]
    public async Task A_store_that_holds_anything_must_be_refused_and_left_as_it_was()
    {
        await _store.Journal.WriteAsync(ObjectActor.PersistenceIdOf(new ObjectId(0)), 0,
            [new ObjectCreated(new ObjectId(0), "existing", new ObjectId(0), [])]);

        var error = await Assert.ThrowsAsync<WorldStoreNotEmptyException>(() => WorldLoader.LoadAsync(_store.Journal, SampleImage.Create(), []));

        Assert.Contains("already holds a world", error.Message);
        Assert.Single(await AllEventsAsync(_store));
    }

    [Fact]
    public async Task A_section_file_nobody_claims_must_be_refused_before_anything_is_written()
    {
        var image = WorldReader.Read(new SampleTree().With("tasks.json", "[]\n").Files());

        var error = await Assert.ThrowsAsync<WorldFileException>(() => WorldLoader.LoadAsync(_store.Journal, image, []));

        Assert.Contains("tasks.json", error.Message);
        Assert.True(await WorldLoader.IsEmptyAsync(_store.Journal));
    }

    [Fact]
    public async Task A_sections_writes_must_join_the_worlds_atomic_write_and_its_file_the_export()
    {
        var section = new EchoSection();
        var image = WorldReader.Read(new SampleTree().With(section.FileName, "[1]\n").Files());

        await WorldLoader.LoadAsync(_store.Journal, image, [section]);
        var exported = await WorldExporter.ExportAsync(_store.Runtime, [section]);

        var events = await AllEventsAsync(_store);
        Assert.Contains(events, e => e.PersistenceId == "echo");
        Assert.Single(events.Select(e => e.Timestamp).Distinct());
        Assert.Equal("[1]\n"u8.ToArray(), exported.Image.Sections[section.FileName]);
    }

    [Fact]
    public async Task Values_of_properties_no_longer_inherited_must_be_dropped_from_an_export_with_a_warning()
    {
        var image = SampleImage.Create();
        await WorldLoader.LoadAsync(_store.Journal, image, []);
        // #6 (which defines weight) stops being a parent of #4 without the planner clearing #4's value.
        await _store.Journal.WriteAsync("object-4", await _store.Journal.ReadHighestSequenceNrAsync("object-4"), [new ParentsChanged([SampleImage.Root])]);

        var exported = await WorldExporter.ExportAsync(_store.Runtime, []);

        Assert.Contains(exported.Warnings, w => w.Contains("dropped its value of 'weight'", StringComparison.Ordinal));
        Assert.DoesNotContain(exported.Image.Objects.Single(o => o.Id == SampleImage.Thing).Overrides, v => v.Name == "weight");
    }

    /// <summary>A section that stores its file as one event and exports it back from the journal.</summary>
    private sealed class EchoSection : IWorldFileSection
    {
        public string FileName => "echo.json";

        public async Task<byte[]?> ExportAsync(PersistenceRuntime store, CancellationToken cancellationToken)
        {
            await foreach (var e in store.Journal.ReadEventsAsync("echo", cancellationToken: cancellationToken))
                return Encoding.UTF8.GetBytes(((ObjectRenamed)e.Event).Name);
            return null;
        }

        public IReadOnlyList<EntityWrite> PlanImport(byte[] content, WorldImage world) =>
            [new EntityWrite("echo", 0, [new ObjectRenamed(Encoding.UTF8.GetString(content))])];
    }
}
