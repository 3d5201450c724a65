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

    /// <summary>How long a task waits for one object actor's reply.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);

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
        if (FirstObjectId < 0)
            throw new ArgumentException($"{nameof(FirstObjectId)} must not be negative (was {FirstObjectId}).");
    }
}
