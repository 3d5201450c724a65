namespace ActorMoo.Runtime.Persistence;

/// <summary>Counters of an <see cref="EventJournal"/>'s group commit since it started, for operators and benchmarks.</summary>
/// <param name="BatchesCommitted">Transactions that committed.</param>
/// <param name="BatchesFailed">Transactions that failed; every write in them failed.</param>
/// <param name="WritesAccepted">Atomic writes stored.</param>
/// <param name="WritesRefused">Atomic writes refused by a sequence conflict or a rejection.</param>
/// <param name="EventsStored">Events stored by the accepted writes.</param>
public sealed record JournalStatistics(long BatchesCommitted, long BatchesFailed, long WritesAccepted, long WritesRefused, long EventsStored)
{
    /// <summary>The mean number of atomic writes per committed transaction, the measure of how well writes are grouped.</summary>
    public double MeanWritesPerBatch => BatchesCommitted == 0 ? 0 : (double)(WritesAccepted + WritesRefused) / BatchesCommitted;
}
