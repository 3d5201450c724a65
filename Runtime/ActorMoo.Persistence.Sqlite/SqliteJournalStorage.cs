using ActorMoo.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorMoo.Persistence.Sqlite;

/// <summary>
/// The journal in the SQLite file. A group-commit batch is one <c>BEGIN IMMEDIATE</c> transaction on the
/// writer connection: find the highest sequence number of every id in the batch (from
/// <see cref="HighestSequenceCache"/> while no other connection has written, else from the index), plan
/// which writes are accepted (<see cref="JournalBatchPlan"/>), insert their events with one prepared
/// statement, commit.
/// </summary>
internal sealed partial class SqliteJournalStorage(SqliteDatabase database) : IJournalStorage
{
    /// <inheritdoc />
    public Task<IReadOnlyList<WriteResult>> WriteBatchAsync(IReadOnlyList<SerializedAtomicWrite> batch) =>
        database.WithWriterAsync(connection => WriteBatch(connection, batch));

    /// <inheritdoc />
    public Task DeleteEventsToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        database.WithWriterAsync(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // The highest row is only marked deleted, so the id's sequence number survives the delete.
            command.CommandText = """
                UPDATE event_journal SET deleted = 1
                 WHERE persistence_id = $id AND sequence_nr <= $to
                   AND sequence_nr = (SELECT max(sequence_nr) FROM event_journal WHERE persistence_id = $id);
                DELETE FROM event_journal
                 WHERE persistence_id = $id AND sequence_nr <= $to
                   AND sequence_nr < (SELECT max(sequence_nr) FROM event_journal WHERE persistence_id = $id);
                """;
            command.Parameters.AddWithValue("$id", persistenceId);
            command.Parameters.AddWithValue("$to", toSequenceNr);
            command.ExecuteNonQuery();
            transaction.Commit();
            return true;
        }, cancellationToken);

    /// <summary>Nothing to release: the connections belong to the <see cref="SqliteDatabase"/>.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IReadOnlyList<WriteResult> WriteBatch(SqliteConnection connection, IReadOnlyList<SerializedAtomicWrite> batch)
    {
        var cache = database.SequenceCache;
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            cache.Validate((long)SqliteDatabase.Execute(connection, "PRAGMA data_version;", transaction)!);
            var plan = JournalBatchPlan.Create(batch, ReadHighest(connection, transaction, cache, JournalBatchPlan.PersistenceIdsOf(batch)));
            if (plan.AcceptedEvents.Count > 0)
                Insert(connection, transaction, plan.AcceptedEvents);
            transaction.Commit();
            cache.Update(plan.HighestSequenceNrs);
            return plan.Results;
        }
        catch
        {
            cache.Invalidate();
            throw;
        }
    }

    /// <summary>The highest stored sequence number of each id, from the cache where it is valid, else from the index.</summary>
    private static Dictionary<string, long> ReadHighest(SqliteConnection connection, SqliteTransaction transaction, HighestSequenceCache cache, IReadOnlyCollection<string> ids)
    {
        var highest = new Dictionary<string, long>(ids.Count, StringComparer.Ordinal);
        SqliteCommand? select = null;
        SqliteParameter? id = null;
        try
        {
            foreach (var persistenceId in ids)
            {
                if (cache.TryGet(persistenceId, out var cached))
                {
                    highest[persistenceId] = cached;
                    continue;
                }
                if (select is null)
                {
                    select = connection.CreateCommand();
                    select.Transaction = transaction;
                    select.CommandText = "SELECT max(sequence_nr) FROM event_journal WHERE persistence_id = $id;";
                    id = select.Parameters.Add("$id", SqliteType.Text);
                    select.Prepare();
                }
                id!.Value = persistenceId;
                if (select.ExecuteScalar() is long sequenceNr)
                    highest[persistenceId] = sequenceNr;
            }
            return highest;
        }
        finally
        {
            select?.Dispose();
        }
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<PlannedEvent> events)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO event_journal (persistence_id, sequence_nr, manifest, payload, written_at, writer_id)
            VALUES ($id, $seq, $manifest, $payload, $at, $writer);
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var manifest = insert.Parameters.Add("$manifest", SqliteType.Text);
        var payload = insert.Parameters.Add("$payload", SqliteType.Blob);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        var writer = insert.Parameters.Add("$writer", SqliteType.Text);
        insert.Prepare();
        foreach (var e in events)
        {
            id.Value = e.PersistenceId;
            seq.Value = e.SequenceNr;
            manifest.Value = e.Event.Manifest;
            payload.Value = e.Event.Payload;
            at.Value = e.Timestamp.ToUnixTimeMilliseconds();
            writer.Value = e.WriterId;
            insert.ExecuteNonQuery();
        }
    }
}
