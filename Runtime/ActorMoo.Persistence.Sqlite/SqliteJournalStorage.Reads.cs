using System.Runtime.CompilerServices;
using ActorMoo.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorMoo.Persistence.Sqlite;

internal sealed partial class SqliteJournalStorage
{
    private const string RowColumns = "ordering, persistence_id, sequence_nr, manifest, payload, written_at, writer_id";

    /// <inheritdoc />
    public IAsyncEnumerable<JournalRow> ReadEventsAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long maxCount, CancellationToken cancellationToken) =>
        QueryRowsAsync($"""
            SELECT {RowColumns} FROM event_journal
             WHERE persistence_id = $id AND sequence_nr >= $from AND sequence_nr <= $to AND deleted = 0
             ORDER BY sequence_nr LIMIT $max;
            """,
            command =>
            {
                command.Parameters.AddWithValue("$id", persistenceId);
                command.Parameters.AddWithValue("$from", fromSequenceNr);
                command.Parameters.AddWithValue("$to", toSequenceNr);
                command.Parameters.AddWithValue("$max", maxCount);
            },
            cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JournalRow> ReadAllEventsAsync(long afterOrdering, long maxCount, CancellationToken cancellationToken) =>
        QueryRowsAsync($"""
            SELECT {RowColumns} FROM event_journal
             WHERE ordering > $after AND deleted = 0
             ORDER BY ordering LIMIT $max;
            """,
            command =>
            {
                command.Parameters.AddWithValue("$after", afterOrdering);
                command.Parameters.AddWithValue("$max", maxCount);
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(sequence_nr), 0) FROM event_journal WHERE persistence_id = $id;";
        command.Parameters.AddWithValue("$id", persistenceId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ReadPersistenceIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT persistence_id FROM event_journal ORDER BY persistence_id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            yield return reader.GetString(0);
    }

    private async IAsyncEnumerable<JournalRow> QueryRowsAsync(
        string sql,
        Action<SqliteCommand> bind,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new JournalRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                (byte[])reader.GetValue(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                reader.GetString(6));
        }
    }
}
