namespace ActorMoo.Actors.World;

/// <summary>
/// Settings of the running world: how tasks commit and retry, and how long object actors wait.
/// A plain record for the host to bind from configuration; <see cref="Validate"/> names the bad setting.
/// </summary>
public sealed record WorldSettings
{
    /// <summary>How many times a task runs in total before a conflict fails it (LambdaMOO has no such limit: it runs one task at a time).</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>How long an object stays reserved by a committing task before it gives up and reloads from the journal.</summary>
    public TimeSpan ReservationTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a task waits for one object actor's reply; also how long a task re-running after a
    /// conflict keeps its turn on the contested object if it never gives it back.
    /// </summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many conflicting attempts in a row re-run at once before the re-runs start backing off,
    /// for re-runs without a turn on the contested object (turns already serve a crowd on one object
    /// in order; the random back-off keeps the others from colliding again in lock step).
    /// </summary>
    public int ConflictBackoffAfter { get; init; } = 2;

    /// <summary>The largest delay of the first back-off; each further conflict doubles it up to <see cref="ConflictBackoffMax"/>. The actual delay is random between zero and it (full jitter).</summary>
    public TimeSpan ConflictBackoffBase { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>The cap of the back-off delay.</summary>
    public TimeSpan ConflictBackoffMax { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The first id the allocator hands out in an empty world.</summary>
    public long FirstObjectId { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (MaxAttempts < 1)
            throw new ArgumentException($"{nameof(MaxAttempts)} must be at least 1 (was {MaxAttempts}).");
        if (ReservationTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"{nameof(ReservationTimeout)} must be positive (was {ReservationTimeout}).");
        if (AskTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"{nameof(AskTimeout)} must be positive (was {AskTimeout}).");
        if (ConflictBackoffAfter < 0)
            throw new ArgumentException($"{nameof(ConflictBackoffAfter)} must not be negative (was {ConflictBackoffAfter}).");
        if (ConflictBackoffBase < TimeSpan.Zero || ConflictBackoffMax < ConflictBackoffBase)
            throw new ArgumentException($"{nameof(ConflictBackoffBase)} must not be negative and {nameof(ConflictBackoffMax)} not below it (were {ConflictBackoffBase} and {ConflictBackoffMax}).");
        if (FirstObjectId < 0)
            throw new ArgumentException($"{nameof(FirstObjectId)} must not be negative (was {FirstObjectId}).");
    }
}
