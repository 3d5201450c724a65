using System.Runtime.CompilerServices;
using ActorMoo.Runtime.Persistence;
using Npgsql;

namespace ActorMoo.Persistence.PostgreSql;

internal sealed partial class PostgreSqlJournalStorage
{
    private const string RowColumns = "ordering, persistence_id, sequence_nr, manifest, payload, written_at, writer_id";

    /// <inheritdoc />
    public IAsyncEnumerable<JournalRow> ReadEventsAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long maxCount, CancellationToken cancellationToken) =>
        QueryRowsAsync($"""
            SELECT {RowColumns} FROM {_table}
             WHERE persistence_id = $1 AND sequence_nr >= $2 AND sequence_nr <= $3 AND NOT deleted
             ORDER BY sequence_nr LIMIT $4
            """,
            [Text(persistenceId), Int64(fromSequenceNr), Int64(toSequenceNr), Int64(maxCount)],
            cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JournalRow> ReadAllEventsAsync(long afterOrdering, long maxCount, CancellationToken cancellationToken) =>
        QueryRowsAsync($"""
            SELECT {RowColumns} FROM {_table}
             WHERE ordering > $1 AND NOT deleted
             ORDER BY ordering LIMIT $2
            """,
            [Int64(afterOrdering), Int64(maxCount)],
            cancellationToken);

    /// <inheritdoc />
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT coalesce(max(sequence_nr), 0) FROM {_table} WHERE persistence_id = $1");
        command.Parameters.Add(Text(persistenceId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ReadPersistenceIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT DISTINCT persistence_id FROM {_table} ORDER BY persistence_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            yield return reader.GetString(0);
    }

    private async IAsyncEnumerable<JournalRow> QueryRowsAsync(string sql, NpgsqlParameter[] parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new JournalRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetFieldValue<byte[]>(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetString(6));
        }
    }
}
