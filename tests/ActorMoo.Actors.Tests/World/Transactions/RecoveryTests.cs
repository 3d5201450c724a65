using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Actors.Tests.World.Transactions;

/// <summary>Committed tasks survive the process: a new actor system over the same journal sees them.</summary>
public sealed class RecoveryTests : WorldTestKit
{
    [Fact]
    public async Task Committed_moves_must_be_recovered_by_a_new_system_over_the_same_journal()
    {
        var (hall, lamp) = (await CreateAsync("Hall"), await CreateAsync("Lamp"));
        await MoveAsync(lamp, hall);

        var restarted = ActorSystem.Create("restarted", new ActorSystemOptions { TimeProvider = Clock });
        try
        {
            var objects = WorldObjects.Start(restarted, Persistence.Runtime, new WorldSettings(), Sharding);

            Assert.Equal(hall, (await objects.ReadAsync(lamp)).State!.Location);
            Assert.Equal(lamp, Assert.Single((await objects.ReadAsync(hall)).State!.Contents));
            Assert.NotEqual(lamp, await objects.AllocateIdAsync());
        }
        finally
        {
            await restarted.TerminateAsync();
        }
    }

    [Fact]
    public async Task Task_whose_process_died_before_the_journal_write_must_leave_no_trace()
    {
        var (hall, lamp) = (await CreateAsync("Hall"), await CreateAsync("Lamp"));
        var tx = new ActorMoo.Actors.World.Transactions.WorldTransaction(Objects, taskId: 99, attemptId: 99);
        await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(lamp))!, hall));
        // The task reserved its objects and then vanished without writing or releasing.
        foreach (var id in new[] { hall, lamp })
            Assert.IsType<ObjectProtocol.Prepared>(await Objects.PrepareAsync(id, 99, 1));

        Advance(TimeSpan.FromMinutes(1));

        await AwaitAssertAsync(async () => Assert.IsType<ObjectProtocol.Prepared>(await Objects.PrepareAsync(lamp, 100, 1)));
        await Objects.ReleaseAsync(lamp, 100);
        Assert.Equal(SpecialObjects.Nothing, (await CommittedAsync(lamp)).Location);
        Assert.Empty((await CommittedAsync(hall)).Contents);
    }
}
