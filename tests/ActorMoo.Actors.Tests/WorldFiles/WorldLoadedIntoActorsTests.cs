using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.WorldFiles;

/// <summary>A world loaded into an empty store, then started: the object actors recover it and the id allocator continues after it.</summary>
public sealed class WorldLoadedIntoActorsTests : ActorTestKit
{
    private readonly InMemoryPersistence _store = new(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Object_actors_must_recover_the_loaded_states_and_new_ids_must_follow_the_counter()
    {
        var image = SampleImage.Create();
        await WorldLoader.LoadAsync(_store.Journal, image, []);

        var objects = WorldObjects.Start(Sys, _store.Runtime, new WorldSettings(), new ShardingSettings { ShardCount = 4 });

        foreach (var expected in image.Objects)
            Assert.Equal(SampleImage.Normalized(expected), SampleImage.Normalized((await objects.ReadAsync(expected.Id)).State!));
        Assert.Null((await objects.ReadAsync(new ObjectId(3))).State);
        Assert.Equal(new ObjectId(image.NextId), await objects.AllocateIdAsync());
    }
}
