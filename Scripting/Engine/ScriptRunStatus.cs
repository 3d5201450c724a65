namespace ActorMoo.Scripting.Engine;

/// <summary>Where a <see cref="ScriptRun"/> stands.</summary>
public enum ScriptRunStatus
{
    /// <summary>Prepared by <see cref="ScriptEngine.Start"/>; call <see cref="ScriptRun.Resume()"/> to run it.</summary>
    NotStarted,

    /// <summary>Waiting for the world to carry out <see cref="ScriptRun.PendingOperation"/> and resume it with the outcome.</summary>
    Suspended,

    /// <summary>Finished; <see cref="ScriptRun.Result"/> holds the verb's return value.</summary>
    Completed,

    /// <summary>Finished with <see cref="ScriptRun.Error"/>.</summary>
    Failed,
}
