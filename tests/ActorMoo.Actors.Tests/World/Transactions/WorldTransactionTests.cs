using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Transactions;

public sealed class WorldTransactionTests : WorldTestKit
{
    [Fact]
    public async Task Repeated_reads_must_see_the_first_committed_state_even_after_others_commit()
    {
        var lamp = await CreateAsync("Lamp");
        var tx = new WorldTransaction(Objects, taskId: 1, attemptId: 1);

        var first = await tx.FindAsync(lamp);
        await ApplyAsync(lamp, new ObjectRenamed("Brass lamp"));

        Assert.Same(first, await tx.FindAsync(lamp));
    }

    [Fact]
    public async Task Operation_with_an_event_that_does_not_fit_must_change_nothing_in_the_view()
    {
        var (hall, lamp) = (await CreateAsync("Hall"), await CreateAsync("Lamp"));
        var tx = new WorldTransaction(Objects, taskId: 1, attemptId: 1);

        await Assert.ThrowsAsync<ObjectEventException>(async () => await tx.ApplyAsync(
        [
            new ObjectChange(hall, new ObjectRenamed("Great hall")),
            new ObjectChange(hall, new ContentRemoved(lamp)),
        ]));

        Assert.Equal("Hall", (await tx.FindAsync(hall))!.Name);
        Assert.False(tx.HasWrites);
    }

    [Fact]
    public async Task Read_only_task_that_saw_two_moments_must_be_re_run()
    {
        var (hall, lamp) = (await CreateAsync("Hall"), await CreateAsync("Lamp"));
        var runs = 0;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            runs++;
            var before = (await tx.FindAsync(lamp))!.Location;
            if (runs == 1) await MoveAsync(lamp, hall);
            var contents = (await tx.FindAsync(hall))!.Contents;
            return (before, contents.Contains(lamp));
        });

        Assert.True(outcome.IsCommitted);
        Assert.Equal(2, runs);
        Assert.Equal((hall, true), outcome.Value);
    }

    [Fact]
    public async Task Special_negative_ids_must_read_as_absent()
    {
        var tx = new WorldTransaction(Objects, taskId: 1, attemptId: 1);

        Assert.Null(await tx.FindAsync(ObjectId.Nothing));
        Assert.Null(await tx.FindAsync(new ObjectId(-3)));
    }
}
