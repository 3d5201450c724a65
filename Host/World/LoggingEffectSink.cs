using ActorMoo.Actors.World.Transactions;

namespace ActorMoo.Host.World;

/// <summary>
/// The effect sink of a node without sessions: committed tasks' output, GMCP and boots have nobody to
/// go to, so they are logged at Debug and dropped. The sessions layer registers its own
/// <see cref="ITaskEffectSink"/> instead, which delivers them.
/// </summary>
/// <param name="logger">Where dropped effects are reported.</param>
public sealed partial class LoggingEffectSink(ILogger<LoggingEffectSink> logger) : ITaskEffectSink
{
    /// <inheritdoc />
    public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        foreach (TaskEffect effect in effects)
        {
            LogDebugDropped(logger, taskId, effect);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Task {TaskId} committed {Effect}; no sessions are running, so it was dropped")]
    private static partial void LogDebugDropped(ILogger logger, long taskId, TaskEffect effect);
}
