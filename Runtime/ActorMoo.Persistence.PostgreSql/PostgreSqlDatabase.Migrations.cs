using ActorMoo.Runtime.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ActorMoo.Persistence.PostgreSql;

public sealed partial class PostgreSqlDatabase
{
    /// <inheritdoc />
    public async Task<int> ReadSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Every step runs in its own transaction holding the schema's migration advisory lock and re-reads
    /// the version under it, so nodes starting together apply each step exactly once.
    /// </remarks>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        int from;
        await using (var bootstrap = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await LockAsync(connection, bootstrap, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, bootstrap, $"""
                CREATE SCHEMA IF NOT EXISTS {QuotedSchema};
                CREATE TABLE IF NOT EXISTS {QuotedSchema}.schema_migrations (
                    version    INTEGER     PRIMARY KEY,
                    name       TEXT        NOT NULL,
                    applied_at TIMESTAMPTZ NOT NULL
                );
                """, cancellationToken).ConfigureAwait(false);
            from = await ReadVersionAsync(connection, bootstrap, cancellationToken).ConfigureAwait(false);
            await bootstrap.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        if (from > LatestSchemaVersion)
            throw new InvalidOperationException($"{Description} has schema version {from}, newer than this release's {LatestSchemaVersion}; run a newer ActorMoo.");

        var applied = new List<SchemaMigration>();
        foreach (var migration in PostgreSqlMigrations.All.Where(m => m.Version > from))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false) >= migration.Version)
                continue;
            await ExecuteAsync(connection, transaction, migration.Sql.Replace("{schema}", QuotedSchema, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
            await using (var record = new NpgsqlCommand($"INSERT INTO {QuotedSchema}.schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
                record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name });
                record.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Time.GetUtcNow() });
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(migration);
            LogMigrationApplied(_logger, migration.Version, migration.Name, Options.Schema);
        }
        return new MigrationReport(from, await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false), applied);
    }

    private Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.Migration(Options.Schema)})", cancellationToken);

    private async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT to_regclass($1) IS NOT NULL", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"{QuotedSchema}.schema_migrations" });
        if (!(bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            return 0;
        await using var version = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {QuotedSchema}.schema_migrations", connection, transaction);
        return (int)(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied PostgreSQL schema migration {Version}: {Name} (schema {Schema})")]
    private static partial void LogMigrationApplied(ILogger logger, int version, string name, string schema);
}
