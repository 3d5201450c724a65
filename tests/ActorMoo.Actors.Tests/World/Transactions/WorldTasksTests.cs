using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Transactions;

public sealed class WorldTasksTests() : WorldTestKit(new WorldSettings { MaxAttempts = 50 })
{
    [Fact]
    public async Task Task_changes_must_stay_invisible_to_others_until_commit()
    {
        var lamp = await CreateAsync("Lamp");

        string? seenByOthersDuringTask = null;
        await CommitAsync(async tx =>
        {
            await tx.ApplyAsync([new ObjectChange(lamp, new ObjectRenamed("Brass lamp"))]);
            Assert.Equal("Brass lamp", (await tx.FindAsync(lamp))!.Name);
            seenByOthersDuringTask = (await CommittedAsync(lamp)).Name;
        });

        Assert.Equal("Lamp", seenByOthersDuringTask);
        Assert.Equal("Brass lamp", (await CommittedAsync(lamp)).Name);
    }

    [Fact]
    public async Task Move_must_write_all_three_objects_in_one_atomic_journal_write()
    {
        var (hall, kitchen, lamp) = (await CreateAsync("Hall"), await CreateAsync("Kitchen"), await CreateAsync("Lamp"));
        await MoveAsync(lamp, hall);
        var batchesBefore = Persistence.JournalStorage.BatchCount;

        await MoveAsync(lamp, kitchen);

        Assert.Equal(batchesBefore + 1, Persistence.JournalStorage.BatchCount);
        Assert.Equal(kitchen, (await CommittedAsync(lamp)).Location);
        Assert.DoesNotContain(lamp, (await CommittedAsync(hall)).Contents);
        Assert.Contains(lamp, (await CommittedAsync(kitchen)).Contents);
    }

    [Fact]
    public async Task Failing_task_must_leave_no_trace_and_release_no_output()
    {
        var (hall, kitchen, lamp) = (await CreateAsync("Hall"), await CreateAsync("Kitchen"), await CreateAsync("Lamp"));
        await MoveAsync(lamp, hall);
        var batchesBefore = Persistence.JournalStorage.BatchCount;

        var outcome = await Tasks.RunAsync<bool>(async (tx, _) =>
        {
            await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(lamp))!, kitchen));
            tx.Emit(new NotifyEffect(hall, "The lamp moved."));
            throw new InvalidOperationException("the verb raised");
        });

        Assert.Equal(WorldTaskStatus.Failed, outcome.Status);
        Assert.Equal("the verb raised", outcome.Message);
        Assert.Equal(hall, (await CommittedAsync(lamp)).Location);
        Assert.Empty(Sink.Released);
        Assert.Equal(batchesBefore, Persistence.JournalStorage.BatchCount);
    }

    [Fact]
    public async Task Read_only_task_must_commit_without_a_journal_write_and_release_its_output()
    {
        var lamp = await CreateAsync("Lamp");
        var batchesBefore = Persistence.JournalStorage.BatchCount;

        var name = await CommitAsync(async tx =>
        {
            var state = await tx.FindAsync(lamp);
            tx.Emit(new NotifyEffect(lamp, "You see " + state!.Name));
            return state.Name;
        });

        Assert.Equal("Lamp", name);
        Assert.Equal(batchesBefore, Persistence.JournalStorage.BatchCount);
        Assert.Equal(["You see Lamp"], Sink.TextFor(lamp));
    }

    [Fact]
    public async Task Concurrent_conflicting_tasks_must_all_commit_through_retries()
    {
        var counter = await CreateAsync("Counter");
        await ApplyAsync(counter, new PropertyAdded(new PropertyDefinition("count", MooValue.Integer(0), counter, PropertyPermissions.Read)));

        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => Tasks.RunAsync(async (tx, _) =>
        {
            var state = (await tx.FindAsync(counter))!;
            var count = state.FindDefinedProperty("count")!.Value.AsInteger();
            await tx.ApplyAsync([new ObjectChange(counter, new PropertyValueSet("count", MooValue.Integer(count + 1)))]);
            return count;
        })));
        var outcomes = await Task.WhenAll(tasks);

        Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)i), outcomes.Select(o => o.Value).Order());
        Assert.Equal(MooValue.Integer(8), (await CommittedAsync(counter)).FindDefinedProperty("count")!.Value);
    }

    [Fact]
    public async Task Concurrent_moves_of_one_item_must_keep_contents_and_locations_consistent()
    {
        var rooms = new[] { await CreateAsync("Hall"), await CreateAsync("Kitchen"), await CreateAsync("Garden") };
        var lamp = await CreateAsync("Lamp");
        await MoveAsync(lamp, rooms[0]);

        var moves = Enumerable.Range(0, 9).Select(i => Task.Run(() => Tasks.RunAsync(async (tx, _) =>
        {
            await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(lamp))!, rooms[i % 3]));
            return true;
        })));
        var outcomes = await Task.WhenAll(moves);

        Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
        var location = (await CommittedAsync(lamp)).Location;
        foreach (var room in rooms)
            Assert.Equal(room == location, (await CommittedAsync(room)).Contents.Contains(lamp));
    }

    [Fact]
    public async Task Task_that_always_conflicts_must_give_up_after_the_bound_with_a_clear_message()
    {
        var lamp = await CreateAsync("Lamp");
        var attempts = 0;

        var outcome = await Tasks.RunAsync<bool>(async (tx, _) =>
        {
            attempts++;
            await tx.ApplyAsync([new ObjectChange(lamp, new ObjectRenamed("Mine"))]);
            // Another task changes the lamp before this one commits, every time.
            await ApplyAsync(lamp, new ObjectRenamed("Theirs " + attempts));
            return true;
        });

        Assert.Equal(WorldTaskStatus.GaveUp, outcome.Status);
        Assert.Equal(50, attempts);
        Assert.Contains("retried 50 times", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("Theirs 50", (await CommittedAsync(lamp)).Name);
    }

    [Fact]
    public async Task Journal_failure_before_the_write_must_leave_no_trace_and_free_the_objects()
    {
        var (hall, lamp) = (await CreateAsync("Hall"), await CreateAsync("Lamp"));
        Persistence.JournalStorage.Faults.FailNextBatches();

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(lamp))!, hall));
            tx.Emit(new NotifyEffect(hall, "The lamp arrives."));
            return true;
        });

        Assert.Equal(WorldTaskStatus.GaveUp, outcome.Status);
        Assert.Contains("Nothing was changed", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(Sink.Released);
        Assert.Equal(SpecialObjects.Nothing, (await CommittedAsync(lamp)).Location);
        await MoveAsync(lamp, hall);
        Assert.Equal(hall, (await CommittedAsync(lamp)).Location);
    }

    [Fact]
    public async Task Created_objects_must_get_ids_and_join_their_parents_children()
    {
        var root = await CreateAsync("Root");

        var child = await CreateAsync("Child", null, root);

        Assert.Equal(child, Assert.Single((await CommittedAsync(root)).Children));
        Assert.Equal(root, Assert.Single((await CommittedAsync(child)).Parents));
        Assert.Equal(ObjectActor.PersistenceIdOf(child), "object-" + child.Value);
    }
}
