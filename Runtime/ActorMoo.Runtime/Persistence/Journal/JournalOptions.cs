namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Tuning of an <see cref="EventJournal"/>: how writes from many actors are grouped into one
/// database transaction, and how rows are stamped. Read from the <c>actormoo.persistence</c>
/// configuration section by the host.
/// </summary>
public sealed class JournalOptions
{
    /// <summary>
    /// The most atomic writes committed in one transaction. Larger batches amortize the commit
    /// (the fsync) over more writers; the batch closes early when the queue runs dry.
    /// </summary>
    public int MaxBatchWrites { get; set; } = 1000;

    /// <summary>
    /// The most events committed in one transaction (a single write larger than this still goes
    /// alone), bounding transaction size and memory.
    /// </summary>
    public int MaxBatchEvents { get; set; } = 20_000;

    /// <summary>
    /// How long a batch waits for more writes once it has one and is not full. Zero commits whatever
    /// is queued at once: under load, writes pile up while the previous batch commits, so batches
    /// form without adding latency when the system is quiet.
    /// </summary>
    public TimeSpan MaxBatchDelay { get; set; } = TimeSpan.Zero;

    /// <summary>How many writes may wait for a batch before writers are slowed down (back-pressure).</summary>
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Stamped on every stored event: the node or process that wrote it.</summary>
    public string WriterId { get; set; } = Environment.MachineName;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (MaxBatchWrites < 1)
            throw new ArgumentException($"{nameof(MaxBatchWrites)} must be at least 1 (was {MaxBatchWrites}).");
        if (MaxBatchEvents < 1)
            throw new ArgumentException($"{nameof(MaxBatchEvents)} must be at least 1 (was {MaxBatchEvents}).");
        if (MaxBatchDelay < TimeSpan.Zero || MaxBatchDelay > TimeSpan.FromSeconds(10))
            throw new ArgumentException($"{nameof(MaxBatchDelay)} must be between 0 and 10 s (was {MaxBatchDelay}).");
        if (QueueCapacity < 1)
            throw new ArgumentException($"{nameof(QueueCapacity)} must be at least 1 (was {QueueCapacity}).");
        if (string.IsNullOrWhiteSpace(WriterId))
            throw new ArgumentException($"{nameof(WriterId)} must not be blank.");
    }
}
