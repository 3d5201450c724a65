using ActorMoo.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Persistence.Sqlite;

public sealed partial class SqliteDatabase
{
    private const string CreateMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at INTEGER NOT NULL -- Unix milliseconds
        );
        """;

    /// <inheritdoc />
    public async Task<int> ReadSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        return ReadVersion(connection, transaction: null);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each step runs in its own <c>BEGIN IMMEDIATE</c> transaction that re-reads the version first,
    /// so two processes migrating the same file at once apply every step exactly once.
    /// </remarks>
    public Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default) =>
        WithWriterAsync(connection =>
        {
            Execute(connection, CreateMigrationsTable);
            var from = ReadVersion(connection, transaction: null);
            if (from > LatestSchemaVersion)
                throw new InvalidOperationException($"The SQLite database {Options.DatabasePath} has schema version {from}, newer than this release's {LatestSchemaVersion}; run a newer ActorMoo.");

            var applied = new List<SchemaMigration>();
            foreach (var migration in SqliteMigrations.All.Where(m => m.Version > from))
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                if (ReadVersion(connection, transaction) >= migration.Version)
                    continue;
                Execute(connection, migration.Sql, transaction);
                using (var record = connection.CreateCommand())
                {
                    record.Transaction = transaction;
                    record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at);";
                    record.Parameters.AddWithValue("$version", migration.Version);
                    record.Parameters.AddWithValue("$name", migration.Name);
                    record.Parameters.AddWithValue("$at", Time.GetUtcNow().ToUnixTimeMilliseconds());
                    record.ExecuteNonQuery();
                }
                transaction.Commit();
                applied.Add(migration);
                LogMigrationApplied(_logger, migration.Version, migration.Name);
            }
            return new MigrationReport(from, ReadVersion(connection, transaction: null), applied);
        }, cancellationToken);

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var exists = Execute(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations';", transaction);
        if (Convert.ToInt64(exists, System.Globalization.CultureInfo.InvariantCulture) == 0)
            return 0;
        return Convert.ToInt32(Execute(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations;", transaction), System.Globalization.CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied SQLite schema migration {Version}: {Name}")]
    private static partial void LogMigrationApplied(ILogger logger, int version, string name);
}
