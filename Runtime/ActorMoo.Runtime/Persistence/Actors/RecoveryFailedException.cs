namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// A persistent actor could not recover its state: the journal or snapshot store failed, or a stored
/// event has no handler or cannot be deserialized. The actor fails initialization, which the default
/// supervisor strategy answers with Stop; parents of persistent actors use
/// <see cref="PersistenceSupervision.RestartWithBackoff"/> to retry later instead.
/// </summary>
public sealed class RecoveryFailedException : Exception
{
    /// <summary>Creates the exception for <paramref name="persistenceId"/>, after <paramref name="lastSequenceNr"/> was recovered.</summary>
    public RecoveryFailedException(string persistenceId, long lastSequenceNr, Exception cause)
        : base($"Recovery of '{persistenceId}' failed after sequence number {lastSequenceNr}: {cause.Message}", cause)
    {
        PersistenceId = persistenceId;
        LastSequenceNr = lastSequenceNr;
    }

    /// <summary>The actor whose recovery failed.</summary>
    public string PersistenceId { get; }

    /// <summary>The last sequence number applied before the failure.</summary>
    public long LastSequenceNr { get; }
}
