using System.Text;
using ActorMoo.Runtime.Persistence;
using Npgsql;

namespace ActorMoo.Persistence.PostgreSql.Tests;

/// <summary>
/// The journal's single-round-trip path (a batch planned from its cache and sent with BEGIN and COMMIT
/// in one pipeline): a failure inside it must store nothing of the batch and leave no open
/// transaction on the pooled connection for the next batch to trip over.
/// </summary>
public sealed class PostgreSqlOneRoundTripWriteTests : IAsyncLifetime
{
    private readonly TestSchema _schema = new("one_trip");
    private PostgreSqlDatabase? _database;

    public async Task InitializeAsync() => _database = await _schema.OpenMigratedAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
        await _schema.DisposeAsync();
    }

    [Fact]
    public async Task A_cached_batch_that_fails_stores_none_of_its_writes_and_later_batches_succeed()
    {
        await using var storage = _database!.CreateJournalStorage();
        Assert.All(await storage.WriteBatchAsync([Write("a", 0), Write("b", 0)]), r => Assert.True(r.IsAccepted));
        // A row written behind the protocol's back (no version bump): the cache still believes a is at 1,
        // so the next batch takes the single-round-trip path and meets the unique constraint.
        await InsertBehindTheProtocolAsync("a", 2);

        await Assert.ThrowsAsync<PostgresException>(() => storage.WriteBatchAsync([Write("a", 1), Write("b", 1)]));

        Assert.Equal(1, await storage.ReadHighestSequenceNrAsync("b", CancellationToken.None));
        Assert.All(await storage.WriteBatchAsync([Write("b", 1)]), r => Assert.True(r.IsAccepted));
        Assert.All(await storage.WriteBatchAsync([Write("b", 2)]), r => Assert.True(r.IsAccepted));
        Assert.Equal(3, await storage.ReadHighestSequenceNrAsync("b", CancellationToken.None));
    }

    private static SerializedAtomicWrite Write(string persistenceId, long expectedSequenceNr) =>
        new([new SerializedEntityWrite(persistenceId, expectedSequenceNr, [Payload()])], DateTimeOffset.UnixEpoch, "test-writer");

    private static SerializedPayload Payload() => new("test-event", Encoding.UTF8.GetBytes("{}"));

    private async Task InsertBehindTheProtocolAsync(string persistenceId, long sequenceNr)
    {
        await using var connection = new NpgsqlConnection(_schema.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO \"{_schema.Name}\".event_journal (persistence_id, sequence_nr, manifest, payload, written_at, writer_id) VALUES ($1, $2, 'test-event', '\\x7b7d', now(), 'intruder')",
            connection)
        {
            Parameters = { new() { Value = persistenceId }, new() { Value = sequenceNr } },
        };
        await insert.ExecuteNonQueryAsync();
    }
}
