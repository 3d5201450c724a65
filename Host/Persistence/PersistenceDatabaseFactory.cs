using ActorMoo.Host.Node;
using ActorMoo.Host.Options;
using ActorMoo.Persistence.PostgreSql;
using ActorMoo.Persistence.Sqlite;
using ActorMoo.Runtime.Persistence;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Persistence;

/// <summary>
/// Opens the store the configuration names: PostgreSQL when <c>actormoo.storage.postgres</c>
/// (ACTORMOO_POSTGRES) is set, otherwise the SQLite file <see cref="SqliteFileName"/> in the data
/// directory. The node and <c>actormoo migrate</c> both open it through here.
/// </summary>
public sealed class PersistenceDatabaseFactory(
    IOptions<StorageOptions> storage,
    IOptions<PersistenceOptions> persistence,
    DataDirectory dataDirectory,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    /// <summary>The SQLite database's file name inside the data directory.</summary>
    public const string SqliteFileName = "actormoo.db";

    /// <summary>Opens (without migrating) the configured database.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL cannot be reached, or SQLite refuses the file.</exception>
    public async Task<IPersistenceDatabase> OpenAsync(CancellationToken cancellationToken)
    {
        PersistenceOptions options = persistence.Value;
        if (storage.Value.UsesPostgres)
        {
            return await PostgreSqlDatabase.OpenAsync(
                new PostgreSqlStorageOptions { ConnectionString = storage.Value.Postgres, Schema = options.PostgresSchema },
                timeProvider,
                loggerFactory.CreateLogger<PostgreSqlDatabase>(),
                cancellationToken);
        }

        dataDirectory.EnsureExists();
        return await SqliteDatabase.OpenAsync(
            new SqliteStorageOptions { DatabasePath = dataDirectory.GetPath(SqliteFileName), Synchronous = options.SqliteSynchronous },
            timeProvider,
            loggerFactory.CreateLogger<SqliteDatabase>(),
            cancellationToken);
    }
}
