using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>How a commit attempt ended.</summary>
public enum CommitStatus
{
    /// <summary>Durable and installed (or read-only and validated); effects may be released.</summary>
    Committed,

    /// <summary>Another task changed or held an object this one touched; nothing was written. Re-run the task.</summary>
    Conflict,

    /// <summary>The journal refused or lost the write; nothing was installed. Do not re-run blindly.</summary>
    Failed,
}

/// <summary>The outcome of <see cref="TransactionCommitter.CommitAsync"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Reason">Why it did not commit, for logs and the player; null when committed.</param>
/// <param name="HeldObject">For a conflict with a task still committing: the object to wait for before re-running.</param>
/// <param name="ConflictObject">For a conflict: the object that was changed or held, when known (the one to take a turn on).</param>
public sealed record CommitResult(CommitStatus Status, string? Reason, ObjectId? HeldObject = null, ObjectId? ConflictObject = null)
{
    /// <summary>The committed result.</summary>
    public static CommitResult Committed { get; } = new(CommitStatus.Committed, null);

    /// <summary>A conflict for <paramref name="reason"/> on <paramref name="on"/> (when known), which another task still holds if <paramref name="held"/>.</summary>
    public static CommitResult Conflict(string reason, ObjectId? on = null, bool held = false) =>
        new(CommitStatus.Conflict, reason, held ? on : null, on);

    /// <summary>A failure for <paramref name="reason"/>.</summary>
    public static CommitResult Failed(string reason) => new(CommitStatus.Failed, reason);
}
