using System.Text.Json;
using ActorMoo.Actors.World.Tasks;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// <c>tasks.json</c>: the task id counter and every waiting task (suspended, reading, or queued
/// by <c>fork</c>) as the task store keeps it (<see cref="TaskStore"/>), by id. Each task is its
/// <see cref="TaskSaved"/> record in the task queue's own JSON form, so nothing of a task is lost
/// or reinterpreted. Import gives each task its stream again and sets the counter, so new tasks
/// never reuse an imported id.
/// </summary>
public sealed class TasksSection : IWorldFileSection
{
    /// <summary>The file name.</summary>
    public const string Name = "tasks.json";

    /// <inheritdoc />
    public string FileName => Name;

    /// <inheritdoc />
    public async Task<byte[]?> ExportAsync(PersistenceRuntime store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var waiting = await new TaskStore(store.Journal).LoadWaitingAsync(cancellationToken).ConfigureAwait(false);
        long nextTaskId = 0;
        await foreach (var envelope in store.Journal.ReadEventsAsync(TaskIdBlocks.BlocksPersistenceId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (envelope.Event is TaskIdsReserved reserved)
                nextTaskId = Math.Max(nextTaskId, reserved.UpTo);
        }
        if (waiting.Count == 0 && nextTaskId == 0) return null;

        return WorldJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("nextTaskId", nextTaskId);
            writer.WriteStartArray("tasks");
            foreach (var (record, _) in waiting.OrderBy(w => w.Record.Id))
            {
                using var task = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(new TaskSaved(record), TasksJsonContext.Default.TaskSaved));
                task.RootElement.WriteTo(writer);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityWrite> PlanImport(byte[] content, WorldImage world)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(world);
        using var document = WorldJson.Parse(content, Name);
        var fields = new JsonFields(document.RootElement, Name);
        var nextTaskId = fields.RequiredInteger("nextTaskId");
        var writes = new List<EntityWrite>();
        var ids = new HashSet<long>();
        var index = 0;
        foreach (var element in fields.OptionalArray("tasks"))
        {
            var where = $"{Name}: task {++index}";
            TaskSaved? saved;
            try
            {
                saved = element.Deserialize(TasksJsonContext.Default.TaskSaved);
            }
            catch (JsonException e)
            {
                throw new WorldFileException($"{where}: not a saved task: {e.Message}");
            }
            if (saved?.Record is not { } record) throw new WorldFileException($"{where}: not a saved task.");
            if (record.Id < 1 || record.Id >= nextTaskId) throw new WorldFileException($"{where}: id {record.Id} must be between 1 and nextTaskId - 1 ({nextTaskId - 1}).");
            if (!ids.Add(record.Id)) throw new WorldFileException($"{where}: task id {record.Id} appears twice.");
            writes.Add(new EntityWrite(TaskStore.StreamOf(record.Id), 0, [saved]));
        }
        fields.RefuseUnknownKeys();
        if (nextTaskId > 0) writes.Add(new EntityWrite(TaskIdBlocks.BlocksPersistenceId, 0, [new TaskIdsReserved(nextTaskId)]));
        return writes;
    }
}
