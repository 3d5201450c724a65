using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.Tests.World.Transactions;

/// <summary>
/// The commit protocol: only the write set is reserved, read-only objects are validated after it
/// (Silo-style), and together that keeps tasks serializable, write skew included.
/// </summary>
public sealed class TransactionCommitterTests() : WorldTestKit(new WorldSettings { MaxAttempts = 100, AskTimeout = TimeSpan.FromMinutes(1) })
{
    private const string OnCall = "on call";
    private const string OffDuty = "off duty";

    [Fact]
    public async Task Read_only_shared_parent_must_not_block_concurrent_writers()
    {
        const int Writers = 32;
        var parent = await CreateAsync("Generic thing");
        var items = new List<ObjectId>();
        for (var i = 0; i < Writers; i++)
            items.Add(await CreateAsync("Item " + i, null, parent));
        var parentVersion = (await Objects.ReadAsync(parent)).Version;
        // Every task has read the parent before any of them commits: all commits overlap.
        var allRead = new Rendezvous(Writers);

        var outcomes = await Task.WhenAll(items.Select(item => Task.Run(() => Tasks.RunAsync(async (tx, _) =>
        {
            await tx.FindAsync(parent);
            var own = (await tx.FindAsync(item))!;
            await allRead.ArriveOnceAsync(tx.TaskId);
            await tx.ApplyAsync([new ObjectChange(item, new ObjectRenamed(own.Name + " (touched)"))]);
            return true;
        }))));

        Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
        Assert.Equal(0, outcomes.Sum(o => o.Attempts - 1));
        Assert.Equal(parentVersion, (await Objects.ReadAsync(parent)).Version);
        foreach (var item in items)
            Assert.EndsWith("(touched)", (await CommittedAsync(item)).Name, StringComparison.Ordinal);
    }

    /// <remarks>
    /// Both tasks may also lose at once (each finds the other's reservation), as in Silo; the
    /// generous attempt bound and the jittered back-off let one of them win.
    /// </remarks>
    [Fact]
    public async Task Write_skew_must_be_prevented_when_each_task_writes_what_the_other_only_reads()
    {
        // The pair's invariant: at least one of the two doctors stays on call. Each task takes its own
        // doctor off duty only if it sees the other on call (reads the other, writes itself).
        var doctors = new[] { await CreateAsync(OnCall), await CreateAsync(OnCall) };
        for (var round = 0; round < 20; round++)
        {
            await Task.WhenAll(doctors.Select(d => ApplyAsync(d, new ObjectRenamed(OnCall))));
            var bothRead = new Rendezvous(2);

            var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(me => Task.Run(() => Tasks.RunAsync(async (tx, _) =>
            {
                var self = (await tx.FindAsync(doctors[me]))!;
                var other = (await tx.FindAsync(doctors[1 - me]))!;
                await bothRead.ArriveOnceAsync(tx.TaskId);
                if (self.Name != OnCall || other.Name != OnCall)
                    return false;
                await tx.ApplyAsync([new ObjectChange(doctors[me], new ObjectRenamed(OffDuty))]);
                return true;
            }))));

            Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
            Assert.Equal(1, outcomes.Count(o => o.Value));
            var names = await Task.WhenAll(doctors.Select(async d => (await CommittedAsync(d)).Name));
            Assert.Contains(OnCall, names);
        }
    }

    [Fact]
    public async Task Read_only_object_reserved_by_another_committing_task_must_fail_the_validation()
    {
        var (parent, item) = (await CreateAsync("Generic thing"), await CreateAsync("Item"));
        var tx = new WorldTransaction(Objects, taskId: 1, attemptId: 1);
        await tx.FindAsync(parent);
        await tx.ApplyAsync([new ObjectChange(item, new ObjectRenamed("Renamed item"))]);
        Assert.IsType<Prepared>(await Objects.PrepareAsync(parent, taskId: 99, expectedVersion: (await Objects.ReadAsync(parent)).Version));

        var result = await new TransactionCommitter(Objects, Persistence.Journal).CommitAsync(tx);

        Assert.Equal(CommitStatus.Conflict, result.Status);
        Assert.Equal(parent, result.HeldObject);
        Assert.Equal("Item", (await CommittedAsync(item)).Name);
        // The written object's reservation was released with the conflict.
        Assert.IsType<Prepared>(await Objects.PrepareAsync(item, taskId: 100, expectedVersion: 1));
    }

    [Fact]
    public async Task Read_only_object_changed_since_it_was_read_must_fail_the_commit_without_waiting()
    {
        var (parent, item) = (await CreateAsync("Generic thing"), await CreateAsync("Item"));
        var tx = new WorldTransaction(Objects, taskId: 1, attemptId: 1);
        await tx.FindAsync(parent);
        await tx.ApplyAsync([new ObjectChange(item, new ObjectRenamed("Renamed item"))]);
        await ApplyAsync(parent, new ObjectRenamed("Changed parent"));

        var result = await new TransactionCommitter(Objects, Persistence.Journal).CommitAsync(tx);

        Assert.Equal(CommitStatus.Conflict, result.Status);
        Assert.Null(result.HeldObject);
        Assert.Equal("Item", (await CommittedAsync(item)).Name);
    }

    [Fact]
    public async Task Read_only_task_must_not_commit_on_an_object_another_task_is_committing()
    {
        var (hall, lamp) = (await CreateAsync("Hall"), await CreateAsync("Lamp"));
        var tx = new WorldTransaction(Objects, taskId: 1, attemptId: 1);
        await tx.FindAsync(hall);
        await tx.FindAsync(lamp);
        // Another task holds the lamp: it may have written a newer lamp to the journal already.
        Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 99, expectedVersion: 1));

        var result = await new TransactionCommitter(Objects, Persistence.Journal).CommitAsync(tx);

        Assert.Equal(CommitStatus.Conflict, result.Status);
        Assert.Equal(lamp, result.HeldObject);
    }

    [Fact]
    public async Task Writing_task_must_reserve_no_object_it_only_read()
    {
        var (parent, item) = (await CreateAsync("Generic thing"), await CreateAsync("Item"));
        var tx = new WorldTransaction(Objects, taskId: 1, attemptId: 1);
        await tx.FindAsync(parent);
        await tx.ApplyAsync([new ObjectChange(item, new ObjectRenamed("Renamed item"))]);
        // Held by this very attempt: if the commit reserved or released the parent, it would end this hold.
        Assert.IsType<Prepared>(await Objects.PrepareAsync(parent, taskId: tx.AttemptId, expectedVersion: 1));

        var result = await new TransactionCommitter(Objects, Persistence.Journal).CommitAsync(tx);

        Assert.Equal(CommitStatus.Committed, result.Status);
        Assert.Equal("Renamed item", (await CommittedAsync(item)).Name);
        var refused = Assert.IsType<PrepareRefused>(await Objects.PrepareAsync(parent, taskId: 2, expectedVersion: 1));
        Assert.True(refused.HeldByAnotherTask);
    }
}
