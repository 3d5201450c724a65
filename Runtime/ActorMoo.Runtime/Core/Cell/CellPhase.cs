namespace ActorMoo.Runtime.Core;

/// <summary>Where an actor cell is in its life. Owned by the cell's mailbox turn.</summary>
internal enum CellPhase : byte
{
    /// <summary>The actor instance has not been created yet (first mailbox turn pending).</summary>
    Creating,

    /// <summary>Processing user messages.</summary>
    Running,

    /// <summary>A handler threw; user messages wait for the parent's directive.</summary>
    Failed,

    /// <summary>The old instance is gone; waiting for stopped children before creating the new one.</summary>
    Restarting,

    /// <summary>Stopping: waiting for children to stop before running PostStop.</summary>
    Terminating,

    /// <summary>Stopped for good; the mailbox only forwards to dead letters.</summary>
    Terminated,
}
