namespace ActorMoo.Actors.World.Transactions;

/// <summary>How a task ended after all its attempts.</summary>
public enum WorldTaskStatus
{
    /// <summary>Its changes are durable and visible, its effects released.</summary>
    Committed,

    /// <summary>Its body failed (an error, a permission denial, an exceeded budget); nothing of it remains.</summary>
    Failed,

    /// <summary>It met a conflict on every attempt, or the journal failed; nothing of it remains.</summary>
    GaveUp,
}

/// <summary>The end of a task run by <see cref="WorldTasks"/>.</summary>
/// <typeparam name="T">What the task's body returns.</typeparam>
/// <param name="Status">How it ended.</param>
/// <param name="Value">The body's result from the committed attempt; default otherwise.</param>
/// <param name="Error">Why the body failed (for <see cref="WorldTaskStatus.Failed"/>).</param>
/// <param name="Message">A sentence for the player when it did not commit.</param>
/// <param name="Attempts">How many times the body ran.</param>
public sealed record TaskOutcome<T>(WorldTaskStatus Status, T? Value, Exception? Error, string? Message, int Attempts)
{
    /// <summary>True when the task committed.</summary>
    public bool IsCommitted => Status == WorldTaskStatus.Committed;
}
