using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.WorldFiles;

public sealed class StarterCoreTests
{
    private static InMemoryPersistence NewStore() => new(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));

    [Fact]
    public void The_embedded_core_must_be_the_repositorys_core_folder_file_for_file()
    {
        var embedded = StarterCore.Files();
        var repository = WorldDirectory.Read(Path.Combine(RepositoryRoot(), "core"));

        Assert.Equal(repository.Files.Select(f => f.Key), embedded.Files.Select(f => f.Key));
        foreach (var (path, content) in repository.Files)
            Assert.Equal(content, embedded.Find(path));
    }

    [Fact]
    public void The_core_must_be_a_valid_world_with_a_system_object()
    {
        var core = StarterCore.Read();

        Assert.Contains(core.Objects, o => o.Id == SystemObjects.System);
        Assert.Empty(core.Sections);
    }

    [Fact]
    public async Task The_core_must_load_into_an_empty_store_and_only_there()
    {
        await using var store = NewStore();

        Assert.True(await StarterCore.LoadIfEmptyAsync(store.Journal, []));
        Assert.False(await StarterCore.LoadIfEmptyAsync(store.Journal, []));
        var exported = await WorldExporter.ExportAsync(store.Runtime, []);
        Assert.Equal(StarterCore.Read().Objects.Length, exported.Image.Objects.Length);
    }

    [Fact]
    public async Task Exporting_the_loaded_core_and_reading_it_again_must_give_the_same_world()
    {
        await using var store = NewStore();
        await StarterCore.LoadIfEmptyAsync(store.Journal, []);

        var exported = WorldWriter.Write((await WorldExporter.ExportAsync(store.Runtime, [])).Image);

        Assert.Equal(SampleImage.NormalizedObjects(StarterCore.Read()), SampleImage.NormalizedObjects(WorldReader.Read(exported)));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ActorMoo.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with ActorMoo.sln) was not found above the test's directory.");
    }
}
