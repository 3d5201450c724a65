using Npgsql;

namespace ActorMoo.Persistence.PostgreSql.Tests;

/// <summary>
/// A throwaway schema on the test server named by <c>ACTORMOO_TEST_POSTGRES</c> (which ./test.sh
/// starts), so tests never see each other's rows. A missing or unreachable server FAILS the test:
/// the test script promised a database, and a skip would hide a broken CI.
/// </summary>
internal sealed class TestSchema : IAsyncDisposable
{
    public const string Variable = "ACTORMOO_TEST_POSTGRES";

    public TestSchema(string purpose)
    {
        ConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set. The PostgreSQL tests need a server: run ./test.sh, which starts one, or set {Variable} to an Npgsql connection string.");
        Name = $"t_{purpose}_{Guid.NewGuid():N}";
    }

    public string ConnectionString { get; }

    /// <summary>The schema name: unique per instance, a plain lower-case identifier.</summary>
    public string Name { get; }

    public async Task<PostgreSqlDatabase> OpenMigratedAsync()
    {
        var database = await OpenAsync();
        await database.MigrateAsync();
        return database;
    }

    public async Task<PostgreSqlDatabase> OpenAsync(string connectionSuffix = "")
    {
        try
        {
            return await PostgreSqlDatabase.OpenAsync(new PostgreSqlStorageOptions { ConnectionString = ConnectionString + connectionSuffix, Schema = Name });
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"The PostgreSQL test server from {Variable} is unreachable: {ex.Message}", ex);
        }
    }

    /// <summary>Drops the schema and everything in it.</summary>
    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Name}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
