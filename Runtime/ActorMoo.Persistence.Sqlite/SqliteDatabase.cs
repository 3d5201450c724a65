using ActorMoo.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Persistence.Sqlite;

/// <summary>
/// The embedded SQLite database holding the journal and snapshots: one file in WAL mode, written
/// through exactly one connection (SQLite allows one writer at a time, so a second writer would only
/// wait on locks) and read through separate pooled connections, which WAL lets run alongside the writer.
/// </summary>
/// <remarks>
/// Durability: the writer runs with <c>synchronous=FULL</c> by default, so an acknowledged write
/// survives kill -9 and power loss; <see cref="SqliteSynchronousMode.Normal"/> trades power-loss
/// durability for speed (see there).
/// </remarks>
public sealed partial class SqliteDatabase : IPersistenceDatabase
{
    private readonly SqliteConnection _writer;

    /// <summary>Serializes every use of <see cref="_writer"/>: group-commit batches, deletes, snapshots, migrations.</summary>
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private readonly string _readConnectionString;
    private readonly ILogger _logger;

    /// <summary>Highest sequence numbers known to the writer connection; see <see cref="HighestSequenceCache"/>.</summary>
    internal HighestSequenceCache SequenceCache { get; } = new();

    /// <summary>Set once disposal starts; the writer is unusable afterwards.</summary>
    private bool _disposed;

    private SqliteDatabase(SqliteStorageOptions options, SqliteConnection writer, string readConnectionString, TimeProvider time, ILogger logger)
    {
        Options = options;
        Time = time;
        _writer = writer;
        _readConnectionString = readConnectionString;
        _logger = logger;
    }

    /// <summary>The options the database was opened with.</summary>
    public SqliteStorageOptions Options { get; }

    /// <summary>The clock that stamps migrations.</summary>
    internal TimeProvider Time { get; }

    /// <inheritdoc />
    public string Description => $"SQLite at {Path.GetFullPath(Options.DatabasePath)} (synchronous={Options.Synchronous})";

    /// <inheritdoc />
    public int LatestSchemaVersion { get; } = SchemaMigration.Validate(SqliteMigrations.All);

    /// <summary>
    /// Opens (creating when missing) the database file and its writer connection in WAL mode. Call
    /// <see cref="MigrateAsync"/> before using the storages.
    /// </summary>
    public static async Task<SqliteDatabase> OpenAsync(
        SqliteStorageOptions options,
        TimeProvider? timeProvider = null,
        ILogger<SqliteDatabase>? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var fullPath = Path.GetFullPath(options.DatabasePath);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        var timeoutSeconds = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);
        var writerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = timeoutSeconds,
        }.ToString();
        var readConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = timeoutSeconds,
        }.ToString();

        var writer = new SqliteConnection(writerConnectionString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            var mode = Execute(writer, "PRAGMA journal_mode=WAL;");
            if (!string.Equals(mode as string, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"SQLite refused WAL mode for {fullPath} (got '{mode}'); the journal needs WAL for concurrent readers.");
            Execute(writer, $"PRAGMA synchronous={(options.Synchronous == SqliteSynchronousMode.Full ? "FULL" : "NORMAL")};");
            Execute(writer, $"PRAGMA busy_timeout={(long)options.BusyTimeout.TotalMilliseconds};");
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var database = new SqliteDatabase(options, writer, readConnectionString, timeProvider ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance);
        LogOpened(database._logger, fullPath, options.Synchronous);
        return database;
    }

    /// <inheritdoc />
    public IJournalStorage CreateJournalStorage() => new SqliteJournalStorage(this);

    /// <inheritdoc />
    public ISnapshotStorage CreateSnapshotStorage() => new SqliteSnapshotStorage(this);

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection while holding the write lock. The work is
    /// synchronous because Microsoft.Data.Sqlite's async methods are synchronous underneath.
    /// </summary>
    internal async Task<T> WithWriterAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work(_writer);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Opens a pooled read connection; WAL gives it a consistent view without blocking the writer.</summary>
    internal async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs one statement on <paramref name="connection"/> and returns the first column of the first row.</summary>
    internal static object? Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    /// <summary>Closes the writer and drops pooled readers, so the file can be moved or deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
                return;
            _disposed = true;
            await _writer.DisposeAsync().ConfigureAwait(false);
            using var forPool = new SqliteConnection(_readConnectionString);
            SqliteConnection.ClearPool(forPool);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened SQLite persistence at {Path} (WAL, synchronous={Synchronous})")]
    private static partial void LogOpened(ILogger logger, string path, SqliteSynchronousMode synchronous);
}
