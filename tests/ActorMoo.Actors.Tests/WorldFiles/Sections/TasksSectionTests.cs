using System.Text;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Tasks;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.WorldFiles.Sections;

public sealed class TasksSectionTests
{
    private static readonly TasksSection Section = new();

    private static InMemoryPersistence NewStore() => new(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));

    private static TaskRecord Record(long id)
    {
        var frame = new VerbFrame(new ObjectId(1), new ObjectId(1), "work", new ObjectId(2), new ObjectId(2), new ObjectId(2));
        var code = new VerbCode("#1:1", 1, "#1:work", "suspend(10)");
        var waiting = new ReplayEntry("suspend", [10], ReplayOutcome.Wake) { Frames = [frame] };
        return new TaskRecord(id, new ObjectId(2), new ObjectId(2), new TaskStart(code, frame, [MooValue.Float(0.5)], CommandContext.None), [], [],
            new Dictionary<string, VerbCode> { ["#1:1@1"] = code }, TaskWaitKind.Suspended, waiting, DateTimeOffset.UnixEpoch.AddSeconds(90), frame);
    }

    [Fact]
    public async Task A_store_that_never_ran_a_task_must_export_no_file()
    {
        await using var store = NewStore();

        Assert.Null(await Section.ExportAsync(store.Runtime, CancellationToken.None));
    }

    [Fact]
    public async Task Waiting_tasks_and_the_counter_must_export_and_import_exactly()
    {
        await using var source = NewStore();
        var tasks = new TaskStore(source.Journal);
        await tasks.SaveAsync(Record(7), 0);
        await tasks.SaveAsync(Record(3), 0);
        await tasks.EndAsync(3, 1);
        await tasks.SaveAsync(Record(5), 0);
        await source.Journal.WriteAsync(TaskIdBlocks.BlocksPersistenceId, 0, [new TaskIdsReserved(1001)]);

        var exported = (await Section.ExportAsync(source.Runtime, CancellationToken.None))!;
        await using var target = NewStore();
        var image = SampleImage.Create() with { Sections = SampleImage.Create().Sections.Add(Section.FileName, exported) };
        await WorldLoader.LoadAsync(target.Journal, image, [Section]);

        var text = Encoding.UTF8.GetString(exported);
        Assert.StartsWith("{\n  \"nextTaskId\": 1001,\n  \"tasks\": [", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\"id\": 5", StringComparison.Ordinal) < text.IndexOf("\"id\": 7", StringComparison.Ordinal));
        Assert.DoesNotContain("\"id\": 3", text, StringComparison.Ordinal);
        Assert.Equal(text, Encoding.UTF8.GetString((await Section.ExportAsync(target.Runtime, CancellationToken.None))!));
        var loaded = (await new TaskStore(target.Journal).LoadWaitingAsync()).Select(w => w.Record).OrderBy(r => r.Id).ToList();
        Assert.Equal([(5L, TaskWaitKind.Suspended, Record(5).WakeAt), (7L, TaskWaitKind.Suspended, Record(7).WakeAt)], loaded.Select(r => (r.Id, r.Wait, r.WakeAt)));
    }

    [Fact]
    public void A_task_id_at_or_above_the_counter_must_be_refused()
    {
        var json = """{ "nextTaskId": 5, "tasks": [] }""";
        var withTask = Encoding.UTF8.GetBytes(json.Replace("[]", $"[{Encoding.UTF8.GetString(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new TaskSaved(Record(9)), TasksJsonContext.Default.TaskSaved))}]", StringComparison.Ordinal));

        var error = Assert.Throws<WorldFileException>(() => Section.PlanImport(withTask, SampleImage.Create()));

        Assert.Contains("id 9 must be between 1 and nextTaskId - 1", error.Message);
    }
}
