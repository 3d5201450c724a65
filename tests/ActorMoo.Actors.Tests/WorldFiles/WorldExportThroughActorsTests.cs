using System.Text;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.World;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.WorldFiles;

/// <summary>A world built by real tasks through object actors, exported, imported into a fresh store and exported again.</summary>
public sealed class WorldExportThroughActorsTests : WorldTestKit
{
    private static InMemoryPersistence NewStore() => new(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));

    private async Task BuildWorldAsync()
    {
        var wizard = await CreateAsync("Wizard");
        await ApplyAsync(wizard, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Programmer | ObjectFlags.Wizard));
        var system = await CreateAsync("System Object", wizard);
        var root = await CreateAsync("Root Class", wizard);
        await ApplyAsync(root, new PropertyAdded(new PropertyDefinition("description", MooValue.String(""), wizard, PropertyPermissions.Read | PropertyPermissions.Chown)));
        await ApplyAsync(root, new VerbAdded(new VerbDefinition(1, "l*ook", wizard, VerbPermissions.Read | VerbPermissions.Execute, VerbArgSpec.AnyAnyAny, "", 1)));
        await ApplyAsync(root, new VerbCodeSet(1, VerbHelp.Join("Usage: look\n", "return this.description\n")));
        await ApplyAsync(system, new PropertyAdded(new PropertyDefinition("root", MooValue.Object(root), wizard, PropertyPermissions.Read)));
        var mixin = await CreateAsync("heavy", wizard, root);
        await ApplyAsync(mixin, new PropertyAdded(new PropertyDefinition("weight", MooValue.Integer(1), wizard, PropertyPermissions.Read)));
        var doomed = await CreateAsync("doomed", wizard, root);
        var room = await CreateAsync("Room", wizard, root);
        var thing = await CreateAsync("thing", wizard, mixin, root);
        await ApplyAsync(thing, new AliasesSet(["box", "crate"]));
        await ApplyAsync(thing, new PropertyValueSet("weight", MooValue.Float(2.5)));
        await ApplyAsync(thing, new PropertyValueSet("description", MooValue.String("A crate.")));
        await MoveAsync(thing, room);
        await MoveAsync(wizard, room);
        await CommitAsync(async tx => await tx.ApplyAsync(await Recycling.PlanAsync(tx, (await tx.FindAsync(doomed))!)));
    }

    private static async Task<byte[]> ExportBundleAsync(PersistenceRuntime store)
    {
        var export = await WorldExporter.ExportAsync(store, []);
        Assert.Empty(export.Warnings);
        return WorldBundle.Write(WorldWriter.Write(export.Image));
    }

    [Fact]
    public async Task Export_import_export_must_give_the_same_file()
    {
        await BuildWorldAsync();

        var first = await ExportBundleAsync(Persistence.Runtime);
        await using var target = NewStore();
        await WorldLoader.LoadAsync(target.Journal, WorldReader.Read(WorldBundle.Read(first, "first")), []);
        var second = await ExportBundleAsync(target.Runtime);

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.DoesNotContain("doomed", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }
}
