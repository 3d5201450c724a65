namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Selects snapshots of one id by sequence number and time, for loading (the latest match wins)
/// and for deleting (every match goes). All bounds are inclusive.
/// </summary>
/// <param name="MaxSequenceNr">The highest sequence number selected.</param>
/// <param name="MaxTimestamp">The latest timestamp selected.</param>
/// <param name="MinSequenceNr">The lowest sequence number selected.</param>
public sealed record SnapshotCriteria(long MaxSequenceNr, DateTimeOffset MaxTimestamp, long MinSequenceNr = 0)
{
    /// <summary>Every snapshot; for loading, the latest one.</summary>
    public static SnapshotCriteria Latest { get; } = new(long.MaxValue, DateTimeOffset.MaxValue);

    /// <summary>No snapshot at all: recovery then replays every event.</summary>
    public static SnapshotCriteria None { get; } = new(0, DateTimeOffset.MinValue, 1);

    /// <summary>Snapshots up to and including <paramref name="sequenceNr"/>.</summary>
    public static SnapshotCriteria UpTo(long sequenceNr) => new(sequenceNr, DateTimeOffset.MaxValue);

    /// <summary>True when <paramref name="metadata"/> falls within every bound.</summary>
    public bool Matches(SnapshotMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.SequenceNr <= MaxSequenceNr
            && metadata.SequenceNr >= MinSequenceNr
            && metadata.Timestamp <= MaxTimestamp;
    }
}
