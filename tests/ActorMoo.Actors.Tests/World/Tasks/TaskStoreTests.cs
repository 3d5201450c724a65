using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Tasks;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.World.Tasks;

public sealed class TaskStoreTests : IAsyncLifetime
{
    private readonly InMemoryPersistence _persistence = new(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));

    private TaskStore Store => new(_persistence.Journal);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _persistence.DisposeAsync();

    [Fact]
    public async Task Saved_task_must_load_with_its_log_unless_it_resumed_or_ended_since()
    {
        var record = Record(7);
        var sequenceNr = await Store.SaveAsync(record, 0);
        var loaded = Assert.Single(await Store.LoadWaitingAsync());
        Assert.Equal(1, loaded.SequenceNr);
        var entry = Assert.Single(loaded.Record.Log);
        Assert.Equal(("index", ReplayOutcome.Value, MooValue.List([true, 20])), (entry.Function, entry.Outcome, entry.Value));
        Assert.Equal(record.Log[0].Args, entry.Args);
        Assert.Equal(record.Start.Frame, loaded.Record.Start.Frame);
        Assert.Equal(record.Start.Code, loaded.Record.Start.Code);
        Assert.Equal(record.Waiting!.Frames, loaded.Record.Waiting!.Frames);

        sequenceNr = await Store.MarkResumedAsync(7, sequenceNr);
        Assert.Empty(await Store.LoadWaitingAsync());

        sequenceNr = await Store.SaveAsync(record with { Wait = TaskWaitKind.Reading, WakeAt = null }, sequenceNr);
        Assert.Equal(TaskWaitKind.Reading, Assert.Single(await Store.LoadWaitingAsync()).Record.Wait);

        await Store.EndAsync(7, sequenceNr);
        Assert.Empty(await Store.LoadWaitingAsync());
    }

    [Fact]
    public async Task Save_after_a_stale_sequence_number_must_be_refused()
    {
        await Store.SaveAsync(Record(8), 0);

        await Assert.ThrowsAsync<SequenceConflictException>(() => Store.SaveAsync(Record(8), 0));
    }

    private static TaskRecord Record(long id)
    {
        var frame = new VerbFrame(new ObjectId(3), new ObjectId(3), "work", new ObjectId(2), new ObjectId(5), new ObjectId(5));
        var code = new VerbCode("#3:0", 1, "#3:work", "suspend(10)");
        var entry = new ReplayEntry("index", [MooValue.Object(new ObjectId(3)), "base"], ReplayOutcome.Value) { Value = MooValue.List([true, 20]) };
        var waiting = new ReplayEntry("suspend", [10], ReplayOutcome.Wake) { Frames = [frame] };
        return new TaskRecord(id, new ObjectId(5), new ObjectId(2), new TaskStart(code, frame, [], CommandContext.None), [entry], [],
            new Dictionary<string, VerbCode> { ["#3:0@1"] = code }, TaskWaitKind.Suspended, waiting, DateTimeOffset.UnixEpoch, frame);
    }
}
