namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Base of the errors a journal write reports. The three kinds mean different things to the writer:
/// <see cref="SequenceConflictException"/> (stale expected sequence; nothing stored; re-read and retry),
/// <see cref="WriteRejectedException"/> (this write can never be stored; nothing stored; carry on), and
/// <see cref="JournalWriteFailedException"/> (the storage failed; the outcome is unknown; recover).
/// </summary>
public abstract class JournalException : Exception
{
    /// <summary>Creates the exception with its message and optional cause.</summary>
    protected JournalException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}

/// <summary>
/// An atomic write was refused because at least one persistence id's expected sequence number was
/// stale. Nothing of the write was stored. The world's transactions turn this into a conflict and
/// retry; a cluster uses it to fence a stale shard owner.
/// </summary>
public sealed class SequenceConflictException : JournalException
{
    /// <summary>Creates the exception listing every id that was in conflict.</summary>
    public SequenceConflictException(IReadOnlyList<SequenceConflict> conflicts)
        : base(Describe(conflicts))
    {
        Conflicts = conflicts;
    }

    /// <summary>The ids whose expected sequence number did not match, with what was stored.</summary>
    public IReadOnlyList<SequenceConflict> Conflicts { get; }

    private static string Describe(IReadOnlyList<SequenceConflict> conflicts) =>
        "Atomic write refused, nothing stored: stale expected sequence numbers for " +
        string.Join(", ", conflicts.Select(c => $"'{c.PersistenceId}' (expected {c.ExpectedSequenceNr}, stored {c.ActualSequenceNr})"));
}

/// <summary>
/// A write was refused before anything was stored because it cannot be stored at all (for example an
/// event type with no registered manifest, or a storage limit). The journal is healthy; a persistent
/// actor carries on, as Akka's <c>OnPersistRejected</c>.
/// </summary>
public sealed class WriteRejectedException : JournalException
{
    /// <summary>Creates the exception with the reason and optional cause.</summary>
    public WriteRejectedException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}

/// <summary>
/// The storage failed while writing the batch that carried this write (connection lost, disk full,
/// commit failed). Every write of that batch receives this error and no other write does. Whether the
/// data reached the disk is unknown when the failure happened during commit, so a persistent actor
/// stops and recovers from the journal, as Akka's <c>OnPersistFailure</c>.
/// </summary>
public sealed class JournalWriteFailedException : JournalException
{
    /// <summary>Creates the exception wrapping the storage error.</summary>
    public JournalWriteFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
