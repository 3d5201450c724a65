using ActorMoo.Persistence.PostgreSql;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="PersistenceOptions"/>: batch bounds, snapshot policy and schema name in the ranges the journal accepts.</summary>
public sealed class PersistenceOptionsValidator : IValidateOptions<PersistenceOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        var problems = new ValidationProblems("actormoo.persistence");
        if (options.BatchSize < 1)
        {
            problems.Add("batch-size", options.BatchSize, "must be at least 1 write per transaction");
        }

        if (options.BatchMaxEvents < 1)
        {
            problems.Add("batch-max-events", options.BatchMaxEvents, "must be at least 1 event per transaction");
        }

        if (options.BatchDelay.IsNegative || options.BatchDelay.Value > TimeSpan.FromSeconds(10))
        {
            problems.Add("batch-delay", options.BatchDelay, "must be between 0 (commit at once) and 10s");
        }

        if (options.QueueCapacity < 1)
        {
            problems.Add("queue-capacity", options.QueueCapacity, "must be at least 1 waiting write");
        }

        if (options.SnapshotEvery < 0)
        {
            problems.Add("snapshot-every", options.SnapshotEvery, "must not be negative (0 snapshots only on demand)");
        }

        if (options.SnapshotsKept < 1)
        {
            problems.Add("snapshots-kept", options.SnapshotsKept, "must be at least 1");
        }

        if (!PostgreSqlStorageOptions.IsValidSchemaName(options.PostgresSchema))
        {
            problems.Add("postgres-schema", options.PostgresSchema, "must be a lower-case SQL identifier: letters, digits and underscores, at most 63");
        }

        return problems.ToResult();
    }
}
