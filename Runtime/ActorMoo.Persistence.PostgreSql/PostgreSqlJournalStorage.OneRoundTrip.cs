using ActorMoo.Runtime.Persistence;
using Npgsql;

namespace ActorMoo.Persistence.PostgreSql;

internal sealed partial class PostgreSqlJournalStorage
{
    /// <summary>
    /// The usual path of a batch: when every id's highest sequence number is cached, plan the batch from
    /// the cache and send the whole transaction at once: begin, take the write lock, bump the journal
    /// version only if it is still the cached one and insert the rows only if that bump happened (one
    /// statement), commit. One round trip and one wake-up of the server backend instead of three, which
    /// is what a loaded machine charges for.
    /// </summary>
    /// <returns>
    /// The results once the batch is durable; null when the cache cannot plan it or another writer has
    /// committed since the cache was filled. Nothing is stored then, and the caller takes the reading path.
    /// </returns>
    /// <remarks>
    /// The version check runs under the same advisory lock as the reading path, so a batch planned from a
    /// stale cache inserts nothing. The commands go out in one pipeline with a single sync point: if any
    /// fails the server skips the rest, the COMMIT included, and the pool rolls the transaction back.
    /// </remarks>
    private async Task<IReadOnlyList<WriteResult>?> TryWriteInOneRoundTripAsync(NpgsqlConnection connection, IReadOnlyList<SerializedAtomicWrite> batch)
    {
        if (_cache.Version is not { } version)
            return null;
        var ids = JournalBatchPlan.PersistenceIdsOf(batch);
        var highest = new Dictionary<string, long>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!_cache.TryGet(id, out var cached))
                return null;
            highest[id] = cached;
        }
        var plan = JournalBatchPlan.Create(batch, highest);
        if (plan.AcceptedEvents.Count == 0)
            return null;

        var insert = InsertCommand(plan.AcceptedEvents, requiredVersion: version);
        await using (var pipeline = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command("BEGIN"),
                Command("SELECT pg_advisory_xact_lock($1)", Int64(_writeLock)),
                insert,
                Command("COMMIT"),
            },
        })
        {
            await pipeline.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        if (insert.RecordsAffected == 0)
            return null;
        _cache.Update(plan.HighestSequenceNrs, version + 1);
        return plan.Results;
    }
}
