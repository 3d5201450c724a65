using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.Tests.World.Objects;

public sealed class ObjectActorTests : WorldTestKit
{
    [Fact]
    public async Task Object_must_answer_reads_with_its_committed_state_and_version()
    {
        var lamp = await CreateAsync("Lamp");
        await ApplyAsync(lamp, new ObjectRenamed("Brass lamp"));

        var read = await Objects.ReadAsync(lamp);

        Assert.Equal("Brass lamp", read.State!.Name);
        Assert.Equal(2, read.Version);
        Assert.Equal(2, read.SequenceNr);
    }

    [Fact]
    public async Task Object_that_was_never_created_must_read_as_absent_at_version_zero()
    {
        var read = await Objects.ReadAsync(new ObjectId(999));

        Assert.Null(read.State);
        Assert.Equal(0, read.Version);
    }

    [Fact]
    public async Task Object_must_refuse_a_second_reservation_instead_of_waiting()
    {
        var lamp = await CreateAsync("Lamp");

        Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 100, expectedVersion: 1));
        var refused = Assert.IsType<PrepareRefused>(await Objects.PrepareAsync(lamp, taskId: 101, expectedVersion: 1));
        Assert.Contains("task 100", refused.Reason, StringComparison.Ordinal);

        await Objects.ReleaseAsync(lamp, 100);
        Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 101, expectedVersion: 1));
    }

    [Fact]
    public async Task Object_must_refuse_a_reservation_based_on_a_stale_version()
    {
        var lamp = await CreateAsync("Lamp");
        await ApplyAsync(lamp, new ObjectRenamed("Brass lamp"));

        var refused = Assert.IsType<PrepareRefused>(await Objects.PrepareAsync(lamp, taskId: 7, expectedVersion: 1));

        Assert.Contains("version 2", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_must_pass_at_the_read_version_without_reserving_the_object()
    {
        var lamp = await CreateAsync("Lamp");

        Assert.IsType<Validated>(await Objects.ValidateAsync(lamp, taskId: 100, expectedVersion: 1));

        Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 101, expectedVersion: 1));
    }

    [Fact]
    public async Task Validation_must_fail_on_a_stale_version()
    {
        var lamp = await CreateAsync("Lamp");
        await ApplyAsync(lamp, new ObjectRenamed("Brass lamp"));

        var failed = Assert.IsType<ValidationFailed>(await Objects.ValidateAsync(lamp, taskId: 7, expectedVersion: 1));

        Assert.False(failed.HeldByAnotherTask);
        Assert.Contains("version 2", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_must_fail_while_another_task_holds_the_object_even_at_the_read_version()
    {
        var lamp = await CreateAsync("Lamp");
        Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 100, expectedVersion: 1));

        var failed = Assert.IsType<ValidationFailed>(await Objects.ValidateAsync(lamp, taskId: 101, expectedVersion: 1));
        var own = await Objects.ValidateAsync(lamp, taskId: 100, expectedVersion: 1);

        Assert.True(failed.HeldByAnotherTask);
        Assert.Contains("task 100", failed.Reason, StringComparison.Ordinal);
        Assert.IsType<Validated>(own);
    }

    [Fact]
    public async Task Object_must_recover_its_state_after_passivation()
    {
        var lamp = await CreateAsync("Lamp");
        await ApplyAsync(lamp, new ObjectRenamed("Brass lamp"));
        var region = ClusterSharding.Get(Sys).ShardRegion(WorldObjects.EntityTypeName);

        Advance(TimeSpan.FromMinutes(5));
        await AwaitAssertAsync(async () =>
        {
            var stats = await region.Ask<ShardRegion.ShardRegionStats>(ShardRegion.GetShardRegionStats.Instance, TimeSpan.FromSeconds(10));
            Assert.Equal(0, stats.TotalEntities);
        });

        Assert.Equal("Brass lamp", (await CommittedAsync(lamp)).Name);
    }

    [Fact]
    public async Task Install_must_skip_events_a_fresh_incarnation_already_recovered()
    {
        var lamp = await CreateAsync("Lamp");
        Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 5, expectedVersion: 1));
        var renamed = new EntityWrite(ObjectActor.PersistenceIdOf(lamp), 1, [new ObjectRenamed("Brass lamp")]);
        await Persistence.Journal.WriteAsync(new AtomicWrite([renamed]));
        await Objects.ReleaseAsync(lamp, 5, reload: true);

        // Sent while the reloading incarnation may still be stopping: it must reach the fresh one.
        var installed = await Objects.InstallAsync(lamp, 5, PersistedEvents.From(renamed));

        Assert.Equal(2, installed.Version);
        Assert.Equal("Brass lamp", (await CommittedAsync(lamp)).Name);
    }

    [Fact]
    public async Task Reservation_of_a_vanished_task_must_expire_and_free_the_object()
    {
        var lamp = await CreateAsync("Lamp");
        Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 1, expectedVersion: 1));

        Advance(TimeSpan.FromSeconds(31));

        await AwaitAssertAsync(async () =>
            Assert.IsType<Prepared>(await Objects.PrepareAsync(lamp, taskId: 2, expectedVersion: 1)));
    }

    [Fact]
    public async Task Membership_only_prepare_must_wait_its_turn_and_be_granted_when_the_holder_ends()
    {
        var room = await CreateAsync("Room");
        Assert.IsType<Prepared>(await Objects.PrepareAsync(room, taskId: 1, expectedVersion: 1));

        var waiting = Objects.PrepareAsync(room, taskId: 2, expectedVersion: 1, VersionScope.Core, membershipOnly: true);
        await Objects.ReadAsync(room); // answered after the prepare was handled: it must be queued, not refused
        Assert.False(waiting.IsCompleted);
        await Objects.ReleaseAsync(room, taskId: 1);

        Assert.IsType<Prepared>(await waiting);
        var refused = Assert.IsType<PrepareRefused>(await Objects.PrepareAsync(room, taskId: 3, expectedVersion: 1));
        Assert.True(refused.HeldByAnotherTask);
    }

    [Fact]
    public async Task Released_waiting_prepare_must_leave_the_queue_so_that_no_turn_goes_to_a_task_that_is_gone()
    {
        var room = await CreateAsync("Room");
        Assert.IsType<Prepared>(await Objects.PrepareAsync(room, taskId: 1, expectedVersion: 1));
        _ = Objects.PrepareAsync(room, taskId: 2, expectedVersion: 1, VersionScope.Core, membershipOnly: true);
        await Objects.ReleaseAsync(room, taskId: 2);

        await Objects.ReleaseAsync(room, taskId: 1);

        Assert.IsType<Prepared>(await Objects.PrepareAsync(room, taskId: 3, expectedVersion: 1));
    }

    [Fact]
    public async Task Membership_only_holder_must_fail_whole_validations_but_not_core_ones()
    {
        var room = await CreateAsync("Room");
        Assert.IsType<Prepared>(await Objects.PrepareAsync(room, taskId: 1, expectedVersion: 1, VersionScope.Core, membershipOnly: true));

        Assert.IsType<Validated>(await Objects.ValidateAsync(room, taskId: 2, expectedVersion: 1, VersionScope.Core));
        var failed = Assert.IsType<ValidationFailed>(await Objects.ValidateAsync(room, taskId: 2, expectedVersion: 1, VersionScope.Whole));
        Assert.True(failed.HeldByAnotherTask);
    }

    [Fact]
    public async Task Turns_must_be_given_in_arrival_order_and_passed_on_when_ended()
    {
        var item = await CreateAsync("Item");
        var (first, second, third) = (CreateTestProbe(), CreateTestProbe(), CreateTestProbe());

        TakeTurn(item, 1, first);
        await first.ExpectMsgAsync<Turn>();
        TakeTurn(item, 2, second);
        TakeTurn(item, 3, third);
        await second.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));

        Objects.EndTurn(item, 1);
        await second.ExpectMsgAsync<Turn>();
        await third.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
        Objects.EndTurn(item, 2);
        await third.ExpectMsgAsync<Turn>();
    }

    [Fact]
    public async Task Task_that_stops_waiting_for_its_turn_must_not_stall_the_tasks_behind_it()
    {
        var item = await CreateAsync("Item");
        var (holder, gone, next) = (CreateTestProbe(), CreateTestProbe(), CreateTestProbe());
        TakeTurn(item, 1, holder);
        await holder.ExpectMsgAsync<Turn>();
        TakeTurn(item, 2, gone);
        TakeTurn(item, 3, next);

        Objects.EndTurn(item, 2);
        Objects.EndTurn(item, 1);

        await next.ExpectMsgAsync<Turn>();
        await gone.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Turn_must_pass_on_when_its_holder_lets_the_lease_run_out()
    {
        var item = await CreateAsync("Item");
        var (silent, next) = (CreateTestProbe(), CreateTestProbe());
        TakeTurn(item, 1, silent);
        await silent.ExpectMsgAsync<Turn>();
        TakeTurn(item, 2, next);
        await Objects.ReadAsync(item); // the queued TakeTurn has been handled

        Advance(Objects.Settings.AskTimeout + TimeSpan.FromSeconds(1));

        await next.ExpectMsgAsync<Turn>();
    }

    private void TakeTurn(ObjectId id, long taskId, TestProbe probe) =>
        ClusterSharding.Get(Sys).ShardRegion(WorldObjects.EntityTypeName).Tell(new ShardingEnvelope(id.ToString(), new TakeTurn(taskId)), probe.Ref);
}
