using ActorMoo.Runtime.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ActorMoo.Persistence.PostgreSql;

/// <summary>
/// The journal and snapshots in one PostgreSQL schema, reached through a pooled
/// <see cref="NpgsqlDataSource"/>. Several nodes may share it: the journal's unique
/// (persistence id, sequence number) constraint and the write advisory lock keep them consistent.
/// </summary>
public sealed partial class PostgreSqlDatabase : IPersistenceDatabase
{
    private readonly ILogger _logger;

    private PostgreSqlDatabase(PostgreSqlStorageOptions options, NpgsqlDataSource dataSource, TimeProvider time, ILogger logger)
    {
        Options = options;
        DataSource = dataSource;
        Time = time;
        _logger = logger;
        QuotedSchema = "\"" + options.Schema + "\"";
    }

    /// <summary>The options the database was opened with.</summary>
    public PostgreSqlStorageOptions Options { get; }

    /// <summary>The connection pool.</summary>
    internal NpgsqlDataSource DataSource { get; }

    /// <summary>The schema as a quoted identifier, ready to splice into SQL (validated by the options).</summary>
    internal string QuotedSchema { get; }

    /// <summary>The clock that stamps migrations.</summary>
    internal TimeProvider Time { get; }

    /// <inheritdoc />
    public string Description
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(Options.ConnectionString);
            return $"PostgreSQL at {builder.Host}:{builder.Port}/{builder.Database} schema {Options.Schema}";
        }
    }

    /// <inheritdoc />
    public int LatestSchemaVersion { get; } = SchemaMigration.Validate(PostgreSqlMigrations.All);

    /// <summary>
    /// Creates the connection pool and checks that the server answers, so a wrong connection string
    /// fails at start with a clear message. Call <see cref="MigrateAsync"/> before using the storages.
    /// </summary>
    /// <exception cref="InvalidOperationException">The server cannot be reached or refuses the login.</exception>
    public static async Task<PostgreSqlDatabase> OpenAsync(
        PostgreSqlStorageOptions options,
        TimeProvider? timeProvider = null,
        ILogger<PostgreSqlDatabase>? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        var database = new PostgreSqlDatabase(options, dataSource, timeProvider ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"Cannot connect to {database.Description}: {ex.Message}", ex);
        }
        LogOpened(database._logger, database.Description);
        return database;
    }

    /// <inheritdoc />
    public IJournalStorage CreateJournalStorage() => new PostgreSqlJournalStorage(this);

    /// <inheritdoc />
    public ISnapshotStorage CreateSnapshotStorage() => new PostgreSqlSnapshotStorage(this);

    /// <summary>Closes every pooled connection.</summary>
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened PostgreSQL persistence: {Description}")]
    private static partial void LogOpened(ILogger logger, string description);
}
