using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;
using FsCheck;
using FsCheck.Fluent;

namespace ActorMoo.Actors.Tests.Model.Changes;

public sealed class MovementTests
{
    private const int ObjectCount = 8;

    [Fact]
    public void A_move_writes_the_old_container_the_item_and_the_new_container()
    {
        var world = new TestWorld();
        var hall = world.Create("hall");
        var kitchen = world.Create("kitchen");
        var lamp = world.Create("lamp");
        world.Move(lamp, hall);
        var plan = Movement.Plan(world[lamp], kitchen);
        Assert.Equal(
            new ObjectChange[] { new(hall, new ContentRemoved(lamp)), new(lamp, new LocationChanged(kitchen)), new(kitchen, new ContentAdded(lamp)) },
            plan);
    }

    [Fact]
    public void Moving_from_nowhere_or_to_nowhere_touches_only_the_real_sides()
    {
        var world = new TestWorld();
        var hall = world.Create("hall");
        var lamp = world.Create("lamp");
        Assert.Equal(2, Movement.Plan(world[lamp], hall).Length);
        world.Move(lamp, hall);
        Assert.Equal(2, Movement.Plan(world[lamp], SpecialObjects.Nothing).Length);
    }

    [Fact]
    public void Moving_an_item_where_it_already_is_changes_nothing()
    {
        var world = new TestWorld();
        var hall = world.Create("hall");
        var lamp = world.Create("lamp");
        world.Move(lamp, hall);
        Assert.Empty(Movement.Plan(world[lamp], hall));
    }

    [Fact]
    public void Locations_and_contents_agree_after_any_sequence_of_valid_moves()
    {
        // Each generated number encodes one move: which object, and where to (-1 is nowhere).
        var moves = Gen.Choose(0, ObjectCount * (ObjectCount + 1) - 1).ListOf();
        Prop.ForAll(Arb.From(moves), sequence => RunMoves(sequence)).QuickCheckThrowOnFailure();
    }

    private static bool RunMoves(IEnumerable<int> sequence)
    {
        var world = new TestWorld();
        var ids = Enumerable.Range(0, ObjectCount).Select(i => world.Create($"o{i}")).ToArray();
        foreach (var move in sequence)
        {
            var item = world[ids[move % ObjectCount]];
            var target = move / ObjectCount - 1;
            var destination = target < 0 ? SpecialObjects.Nothing : ids[target];
            // Only moves the world would allow are planned; a move into itself is refused earlier.
            if (!StructureRules.CheckMoveAsync(world.Objects, item, destination).AsTask().GetAwaiter().GetResult().IsAllowed) continue;
            world.Move(item.Id, destination);
        }
        return Consistent(world, ids);
    }

    private static bool Consistent(TestWorld world, ObjectId[] ids)
    {
        foreach (var id in ids)
        {
            var state = world[id];
            if (state.Contents.Distinct().Count() != state.Contents.Length) return false;
            if (state.Contents.Any(item => world[item].Location != id)) return false;
            if (state.Location != SpecialObjects.Nothing && world[state.Location].Contents.Count(c => c == id) != 1) return false;
        }
        return true;
    }
}
