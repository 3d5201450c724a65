namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// What a journal storage did with one write of a batch: stored it, or refused it (sequence conflict
/// or rejection) while the rest of the batch went ahead. A storage failure is not a result: the
/// storage throws and the whole batch fails.
/// </summary>
public sealed record WriteResult
{
    private WriteResult(IReadOnlyList<SequenceConflict> conflicts, string? rejectionReason)
    {
        Conflicts = conflicts;
        RejectionReason = rejectionReason;
    }

    /// <summary>The write was stored.</summary>
    public static WriteResult Accepted { get; } = new([], null);

    /// <summary>The write was refused because of these stale expected sequence numbers.</summary>
    public static WriteResult Conflicted(IReadOnlyList<SequenceConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        if (conflicts.Count == 0)
            throw new ArgumentException("A conflict names at least one persistence id.", nameof(conflicts));
        return new WriteResult(conflicts, null);
    }

    /// <summary>The write was refused by the storage for <paramref name="reason"/>.</summary>
    public static WriteResult Rejected(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new WriteResult([], reason);
    }

    /// <summary>The conflicts that refused the write; empty otherwise.</summary>
    public IReadOnlyList<SequenceConflict> Conflicts { get; }

    /// <summary>Why the storage rejected the write; null otherwise.</summary>
    public string? RejectionReason { get; }

    /// <summary>True when the write was stored.</summary>
    public bool IsAccepted => Conflicts.Count == 0 && RejectionReason is null;

    /// <summary>The exception a writer sees for a refused write; null when accepted.</summary>
    public JournalException? ToException() =>
        Conflicts.Count > 0 ? new SequenceConflictException(Conflicts)
        : RejectionReason is not null ? new WriteRejectedException(RejectionReason)
        : null;
}
