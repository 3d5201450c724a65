namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// When a persistent actor saves snapshots on its own and what it cleans up afterwards. Snapshots
/// bound recovery time: an actor replays only the events after its latest snapshot.
/// </summary>
/// <param name="EveryEvents">Save a snapshot each time the sequence number passes a multiple of this; 0 never (on demand only).</param>
/// <param name="Keep">How many of the newest snapshots to keep; older ones are deleted after a save succeeds.</param>
/// <param name="DeleteEventsCovered">
/// Delete the events a saved snapshot covers. Saves space, but loses the history that audits and the
/// global event stream read; off by default.
/// </param>
public sealed record SnapshotPolicy(int EveryEvents = 0, int Keep = 2, bool DeleteEventsCovered = false)
{
    /// <summary>Snapshot every 1,000 events, keep the two newest, keep every event.</summary>
    public static SnapshotPolicy Default { get; } = new(EveryEvents: 1000);

    /// <summary>Snapshots only on demand.</summary>
    public static SnapshotPolicy OnDemandOnly { get; } = new(EveryEvents: 0);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (EveryEvents < 0)
            throw new ArgumentException($"{nameof(EveryEvents)} must be 0 (never) or positive (was {EveryEvents}).");
        if (Keep < 1)
            throw new ArgumentException($"{nameof(Keep)} must be at least 1 (was {Keep}).");
    }

    /// <summary>True when growing from <paramref name="before"/> to <paramref name="after"/> passes a multiple of <see cref="EveryEvents"/>.</summary>
    public bool IsDue(long before, long after) => EveryEvents > 0 && after / EveryEvents > before / EveryEvents;
}
