using System.Text.Json.Serialization;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>Registers the task queue's persisted events with the persistence layer.</summary>
public static class TaskSerialization
{
    /// <summary>Registers <see cref="TaskSaved"/>, <see cref="TaskResumed"/>, <see cref="TaskEnded"/> and <see cref="TaskIdsReserved"/>; returns the registry for chaining.</summary>
    public static TypeManifestRegistry RegisterTasks(this TypeManifestRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var c = TasksJsonContext.Default;
        return registry
            .Register(TaskSaved.Manifest, c.TaskSaved)
            .Register(TaskResumed.Manifest, c.TaskResumed)
            .Register(TaskEnded.Manifest, c.TaskEnded)
            .Register(TaskIdsReserved.Manifest, c.TaskIdsReserved);
    }
}

/// <summary>Source-generated JSON contracts of the task queue's events (camelCase, enums by name).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(TaskSaved))]
[JsonSerializable(typeof(TaskResumed))]
[JsonSerializable(typeof(TaskEnded))]
[JsonSerializable(typeof(TaskIdsReserved))]
internal sealed partial class TasksJsonContext : JsonSerializerContext;
