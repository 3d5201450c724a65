using ActorMoo.Runtime.Persistence;
using Npgsql;

namespace ActorMoo.Persistence.PostgreSql;

/// <summary>Snapshots in PostgreSQL, keyed by (persistence id, sequence number).</summary>
internal sealed class PostgreSqlSnapshotStorage(PostgreSqlDatabase database) : ISnapshotStorage
{
    private readonly string _table = database.QuotedSchema + ".snapshot_store";

    /// <inheritdoc />
    public async Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            INSERT INTO {_table} (persistence_id, sequence_nr, created_at, manifest, payload)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (persistence_id, sequence_nr)
            DO UPDATE SET created_at = EXCLUDED.created_at, manifest = EXCLUDED.manifest, payload = EXCLUDED.payload
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = snapshot.Metadata.PersistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = snapshot.Metadata.SequenceNr });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = snapshot.Metadata.Timestamp.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = snapshot.State.Manifest });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = snapshot.State.Payload });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredSnapshot?> LoadLatestAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            SELECT sequence_nr, created_at, manifest, payload FROM {_table}
             WHERE persistence_id = $1 AND sequence_nr BETWEEN $2 AND $3 AND created_at <= $4
             ORDER BY sequence_nr DESC LIMIT 1
            """);
        Bind(command, persistenceId, criteria);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        var metadata = new SnapshotMetadata(persistenceId, reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1));
        return new StoredSnapshot(metadata, new SerializedPayload(reader.GetString(2), reader.GetFieldValue<byte[]>(3)));
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"DELETE FROM {_table} WHERE persistence_id = $1 AND sequence_nr = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = sequenceNr });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            DELETE FROM {_table}
             WHERE persistence_id = $1 AND sequence_nr BETWEEN $2 AND $3 AND created_at <= $4
            """);
        Bind(command, persistenceId, criteria);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Nothing to release: the pool belongs to the <see cref="PostgreSqlDatabase"/>.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void Bind(NpgsqlCommand command, string persistenceId, SnapshotCriteria criteria)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MinSequenceNr });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MaxSequenceNr });
        // PostgreSQL's 'infinity' stands for the open-ended bound; Npgsql maps DateTimeOffset.MaxValue to it.
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = criteria.MaxTimestamp.ToUniversalTime() });
    }
}
