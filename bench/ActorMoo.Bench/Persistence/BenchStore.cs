using ActorMoo.Persistence.PostgreSql;
using ActorMoo.Persistence.Sqlite;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Bench.Persistence;

/// <summary>
/// A back end to measure: hands out fresh, migrated databases (a new SQLite file, a new PostgreSQL
/// schema) and removes them afterwards.
/// </summary>
internal abstract class BenchStore : IAsyncDisposable
{
    /// <summary>The name in the figures: <c>sqlite</c> or <c>postgres</c>.</summary>
    public abstract string Name { get; }

    /// <summary>An empty, migrated database.</summary>
    public abstract Task<IPersistenceDatabase> CreateDatabaseAsync();

    public abstract ValueTask DisposeAsync();

    /// <summary>A SQLite store only, for suites that measure something other than the back end.</summary>
    public static BenchStore Sqlite() => new SqliteBenchStore();

    /// <summary>
    /// The back ends this machine offers: SQLite always; PostgreSQL when <c>ACTORMOO_BENCH_POSTGRES</c>,
    /// <c>ACTORMOO_POSTGRES</c> or <c>ACTORMOO_TEST_POSTGRES</c> holds a connection string.
    /// </summary>
    public static IReadOnlyList<BenchStore> Available()
    {
        var stores = new List<BenchStore> { new SqliteBenchStore() };
        var postgres = new[] { "ACTORMOO_BENCH_POSTGRES", "ACTORMOO_POSTGRES", "ACTORMOO_TEST_POSTGRES" }
            .Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (postgres is null)
            Console.Error.WriteLine("persistence: PostgreSQL figures skipped; set ACTORMOO_BENCH_POSTGRES to a connection string to measure them.");
        else
            stores.Add(new PostgreSqlBenchStore(postgres));
        return stores;
    }

    private sealed class SqliteBenchStore : BenchStore
    {
        /// <summary>On the machine's disk (not tmpfs), so commits pay a real fsync.</summary>
        private readonly string _folder = Directory.CreateTempSubdirectory("actormoo-bench-").FullName;
        private int _next;

        public override string Name => "sqlite";

        public override async Task<IPersistenceDatabase> CreateDatabaseAsync()
        {
            var database = await SqliteDatabase.OpenAsync(new SqliteStorageOptions { DatabasePath = Path.Combine(_folder, $"bench-{_next++}.db") });
            await database.MigrateAsync();
            return database;
        }

        public override ValueTask DisposeAsync()
        {
            Directory.Delete(_folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgreSqlBenchStore(string connectionString) : BenchStore
    {
        private readonly List<string> _schemas = [];

        public override string Name => "postgres";

        public override async Task<IPersistenceDatabase> CreateDatabaseAsync()
        {
            var schema = $"bench_{Guid.NewGuid():N}";
            _schemas.Add(schema);
            var database = await PostgreSqlDatabase.OpenAsync(new PostgreSqlStorageOptions { ConnectionString = connectionString, Schema = schema });
            await database.MigrateAsync();
            return database;
        }

        public override async ValueTask DisposeAsync()
        {
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            foreach (var schema in _schemas)
            {
                await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }
}
