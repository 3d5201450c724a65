using ActorMoo.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorMoo.Persistence.Sqlite;

/// <summary>Snapshots in the SQLite file, keyed by (persistence id, sequence number); written through the shared writer.</summary>
internal sealed class SqliteSnapshotStorage(SqliteDatabase database) : ISnapshotStorage
{
    /// <inheritdoc />
    public Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken) =>
        database.WithWriterAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO snapshot_store (persistence_id, sequence_nr, created_at, manifest, payload)
                VALUES ($id, $seq, $at, $manifest, $payload);
                """;
            command.Parameters.AddWithValue("$id", snapshot.Metadata.PersistenceId);
            command.Parameters.AddWithValue("$seq", snapshot.Metadata.SequenceNr);
            command.Parameters.AddWithValue("$at", snapshot.Metadata.Timestamp.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$manifest", snapshot.State.Manifest);
            command.Parameters.Add("$payload", SqliteType.Blob).Value = snapshot.State.Payload;
            return command.ExecuteNonQuery();
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<StoredSnapshot?> LoadLatestAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence_nr, created_at, manifest, payload FROM snapshot_store
             WHERE persistence_id = $id AND sequence_nr BETWEEN $min AND $max AND created_at <= $maxAt
             ORDER BY sequence_nr DESC LIMIT 1;
            """;
        Bind(command, persistenceId, criteria);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        var metadata = new SnapshotMetadata(persistenceId, reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)));
        return new StoredSnapshot(metadata, new SerializedPayload(reader.GetString(2), (byte[])reader.GetValue(3)));
    }

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken) =>
        database.WithWriterAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM snapshot_store WHERE persistence_id = $id AND sequence_nr = $seq;";
            command.Parameters.AddWithValue("$id", persistenceId);
            command.Parameters.AddWithValue("$seq", sequenceNr);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken) =>
        database.WithWriterAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                DELETE FROM snapshot_store
                 WHERE persistence_id = $id AND sequence_nr BETWEEN $min AND $max AND created_at <= $maxAt;
                """;
            Bind(command, persistenceId, criteria);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    /// <summary>Nothing to release: the connections belong to the <see cref="SqliteDatabase"/>.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void Bind(SqliteCommand command, string persistenceId, SnapshotCriteria criteria)
    {
        command.Parameters.AddWithValue("$id", persistenceId);
        command.Parameters.AddWithValue("$min", criteria.MinSequenceNr);
        command.Parameters.AddWithValue("$max", criteria.MaxSequenceNr);
        command.Parameters.AddWithValue("$maxAt", ToUnixMillisClamped(criteria.MaxTimestamp));
    }

    /// <summary>Unix milliseconds, with the open-ended bounds mapped to the extremes SQLite integers can hold.</summary>
    private static long ToUnixMillisClamped(DateTimeOffset value) =>
        value == DateTimeOffset.MaxValue ? long.MaxValue
        : value == DateTimeOffset.MinValue ? long.MinValue
        : value.ToUnixTimeMilliseconds();
}
