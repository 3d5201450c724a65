using ActorMoo.Runtime.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace ActorMoo.Persistence.PostgreSql;

/// <summary>
/// The journal in PostgreSQL. Usually a group-commit batch is a single round trip planned from the
/// cache (see <see cref="TryWriteInOneRoundTripAsync"/>). Otherwise it is one transaction of three
/// round trips: take the schema's write advisory lock, read the journal version and the highest
/// sequence numbers of the ids this storage has not cached (one <see cref="NpgsqlBatch"/>); insert
/// every accepted event with one multi-row <c>INSERT … SELECT FROM unnest(arrays)</c> and bump the version; commit.
/// </summary>
/// <remarks>
/// The advisory lock makes validation and insert atomic with respect to every other ActorMoo writer of
/// the schema, also on other nodes, and hands out global orderings in commit order. The version row
/// tells this storage whether anyone else wrote since its last batch; only then must it re-read the
/// ids it had cached (<see cref="HighestSequenceCache"/>). The unique constraint on
/// (persistence id, sequence number) still rejects any writer that skipped the protocol.
/// </remarks>
internal sealed partial class PostgreSqlJournalStorage(PostgreSqlDatabase database) : IJournalStorage
{
    private readonly string _table = database.QuotedSchema + ".event_journal";
    private readonly string _versionTable = database.QuotedSchema + ".journal_version";
    private readonly long _writeLock = AdvisoryLocks.JournalWrite(database.Options.Schema);

    /// <summary>Highest sequence numbers this storage wrote, valid while the journal version is the one it last saw.</summary>
    private readonly HighestSequenceCache _cache = new();

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteResult>> WriteBatchAsync(IReadOnlyList<SerializedAtomicWrite> batch)
    {
        try
        {
            await using var connection = await database.DataSource.OpenConnectionAsync().ConfigureAwait(false);
            var fast = await TryWriteInOneRoundTripAsync(connection, batch).ConfigureAwait(false);
            if (fast is not null)
                return fast;
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            var highest = await LockAndReadHighestAsync(connection, transaction, JournalBatchPlan.PersistenceIdsOf(batch)).ConfigureAwait(false);
            var plan = JournalBatchPlan.Create(batch, highest);
            long? version = null;
            if (plan.AcceptedEvents.Count > 0)
                version = await InsertAsync(connection, transaction, plan.AcceptedEvents).ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
            _cache.Update(plan.HighestSequenceNrs, version);
            return plan.Results;
        }
        catch
        {
            // Whether the commit happened is unknown: trust nothing cached.
            _cache.Invalidate();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task DeleteEventsToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                // The highest row is only marked deleted, so the id's sequence number survives the delete.
                Command($"""
                    UPDATE {_table} SET deleted = TRUE
                     WHERE persistence_id = $1 AND sequence_nr <= $2
                       AND sequence_nr = (SELECT max(sequence_nr) FROM {_table} WHERE persistence_id = $1)
                    """, Text(persistenceId), Int64(toSequenceNr)),
                Command($"""
                    DELETE FROM {_table}
                     WHERE persistence_id = $1 AND sequence_nr <= $2
                       AND sequence_nr < (SELECT max(sequence_nr) FROM {_table} WHERE persistence_id = $1)
                    """, Text(persistenceId), Int64(toSequenceNr)),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Nothing to release: the pool belongs to the <see cref="PostgreSqlDatabase"/>.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// Takes the write lock and returns the stored highest sequence number of every id of the batch:
    /// from the cache when the journal version shows nobody else wrote, otherwise read from the index.
    /// </summary>
    private async Task<Dictionary<string, long>> LockAndReadHighestAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> ids)
    {
        var highest = new Dictionary<string, long>(ids.Count, StringComparer.Ordinal);
        var cachedIds = new List<string>();
        var uncached = new List<string>();
        foreach (var id in ids)
        {
            if (_cache.TryGet(id, out var cached))
            {
                highest[id] = cached;
                cachedIds.Add(id);
            }
            else
            {
                uncached.Add(id);
            }
        }

        long version;
        await using (var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command("SELECT pg_advisory_xact_lock($1)", Int64(_writeLock)),
                Command($"SELECT version FROM {_versionTable} WHERE id = 1"),
                HighestCommand(uncached),
            },
        })
        {
            await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
            await reader.NextResultAsync().ConfigureAwait(false);
            await reader.ReadAsync().ConfigureAwait(false);
            version = reader.GetInt64(0);
            await reader.NextResultAsync().ConfigureAwait(false);
            await ReadHighestAsync(reader, highest).ConfigureAwait(false);
        }

        if (!_cache.Validate(version) && cachedIds.Count > 0)
        {
            // Another writer committed since this storage's last batch: the cached values may be stale.
            foreach (var id in cachedIds)
                highest.Remove(id);
            await using var reread = new NpgsqlBatch(connection, transaction) { BatchCommands = { HighestCommand(cachedIds) } };
            await using var reader = await reread.ExecuteReaderAsync().ConfigureAwait(false);
            await ReadHighestAsync(reader, highest).ConfigureAwait(false);
        }
        return highest;
    }

    /// <summary>One index probe per id (max over the unique index reads a single entry), however long the ids' histories are.</summary>
    private NpgsqlBatchCommand HighestCommand(IReadOnlyCollection<string> ids) =>
        Command($"""
            SELECT id, (SELECT max(sequence_nr) FROM {_table} WHERE persistence_id = id)
              FROM unnest($1::text[]) AS ids(id)
            """,
            new NpgsqlParameter<string[]> { TypedValue = [.. ids] });

    private static async Task ReadHighestAsync(NpgsqlDataReader reader, Dictionary<string, long> highest)
    {
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            if (!reader.IsDBNull(1))
                highest[reader.GetString(0)] = reader.GetInt64(1);
        }
    }

    /// <summary>Inserts the events and bumps the journal version; returns the new version.</summary>
    private async Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PlannedEvent> events)
    {
        // The version bump goes first so that its RETURNING row is the batch's scalar result.
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command($"UPDATE {_versionTable} SET version = version + 1 WHERE id = 1 RETURNING version"),
                InsertCommand(events, requiredVersion: null),
            },
        };
        return (long)(await batch.ExecuteScalarAsync().ConfigureAwait(false))!;
    }

    /// <summary>
    /// One multi-row <c>INSERT … SELECT FROM unnest(arrays)</c> of the events; with a
    /// <paramref name="requiredVersion"/> it also moves the journal version from that value to the next
    /// and inserts nothing unless it did.
    /// </summary>
    private NpgsqlBatchCommand InsertCommand(IReadOnlyList<PlannedEvent> events, long? requiredVersion)
    {
        var count = events.Count;
        var ids = new string[count];
        var sequenceNrs = new long[count];
        var manifests = new string[count];
        var payloads = new byte[count][];
        var timestamps = new DateTimeOffset[count];
        var writers = new string[count];
        for (var i = 0; i < count; i++)
        {
            var e = events[i];
            ids[i] = e.PersistenceId;
            sequenceNrs[i] = e.SequenceNr;
            manifests[i] = e.Event.Manifest;
            payloads[i] = e.Event.Payload;
            timestamps[i] = e.Timestamp.ToUniversalTime();
            writers[i] = e.WriterId;
        }
        // The guarded form bumps the version in a CTE and joins the rows to its result: no bump, no rows.
        var (bump, guard) = requiredVersion is null
            ? ("", "")
            : ($"WITH bumped AS (UPDATE {_versionTable} SET version = version + 1 WHERE id = 1 AND version = $7 RETURNING version) ", " CROSS JOIN bumped");
        var command = Command($"""
            {bump}INSERT INTO {_table} (persistence_id, sequence_nr, manifest, payload, written_at, writer_id)
            SELECT u.* FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bytea[], $5::timestamptz[], $6::text[]) AS u{guard}
            """,
            new NpgsqlParameter<string[]> { TypedValue = ids },
            new NpgsqlParameter<long[]> { TypedValue = sequenceNrs },
            new NpgsqlParameter<string[]> { TypedValue = manifests },
            new NpgsqlParameter<byte[][]> { TypedValue = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
            new NpgsqlParameter<DateTimeOffset[]> { TypedValue = timestamps },
            new NpgsqlParameter<string[]> { TypedValue = writers });
        if (requiredVersion is not null)
            command.Parameters.Add(Int64(requiredVersion.Value));
        return command;
    }

    /// <summary>A batch command with positional parameters.</summary>
    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter<long> Int64(long value) => new() { TypedValue = value };
}
