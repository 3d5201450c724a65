using Microsoft.Data.Sqlite;

namespace ActorMoo.Persistence.Sqlite.Tests;

/// <summary>Opening, schema migration and durability settings of the SQLite database.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TemporaryDatabaseFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Migrate_must_create_the_schema_on_an_empty_file_and_record_its_version()
    {
        await using var database = await SqliteDatabase.OpenAsync(_file.Options());
        Assert.Equal(0, await database.ReadSchemaVersionAsync());

        var report = await database.MigrateAsync();

        Assert.Equal(0, report.FromVersion);
        Assert.Equal(database.LatestSchemaVersion, report.ToVersion);
        Assert.Equal(Enumerable.Range(1, database.LatestSchemaVersion), report.Applied.Select(m => m.Version));
        Assert.Equal(database.LatestSchemaVersion, await database.ReadSchemaVersionAsync());
    }

    [Fact]
    public async Task Migrate_must_apply_nothing_to_a_current_schema()
    {
        await using (var first = await _file.OpenMigratedAsync())
        {
        }
        await using var database = await SqliteDatabase.OpenAsync(_file.Options());

        var report = await database.MigrateAsync();

        Assert.Empty(report.Applied);
        Assert.Equal(report.FromVersion, report.ToVersion);
    }

    [Fact]
    public async Task Migrate_must_refuse_a_database_newer_than_the_release()
    {
        await using (var database = await _file.OpenMigratedAsync())
        {
        }
        await using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', 0);";
            await command.ExecuteNonQueryAsync();
        }
        await using var reopened = await SqliteDatabase.OpenAsync(_file.Options());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reopened.MigrateAsync());

        Assert.Contains("999", error.Message);
    }

    [Theory]
    [InlineData(SqliteSynchronousMode.Full, 2L)]
    [InlineData(SqliteSynchronousMode.Normal, 1L)]
    public async Task Open_must_put_the_file_in_WAL_mode_with_the_configured_synchronous_level(SqliteSynchronousMode mode, long pragmaValue)
    {
        await using var database = await SqliteDatabase.OpenAsync(_file.Options(mode));

        var (journalMode, synchronous) = await database.WithWriterAsync(connection =>
            ((string)SqliteDatabase.Execute(connection, "PRAGMA journal_mode;")!, (long)SqliteDatabase.Execute(connection, "PRAGMA synchronous;")!));

        Assert.Equal("wal", journalMode);
        Assert.Equal(pragmaValue, synchronous);
    }

    [Fact]
    public async Task Open_must_create_the_missing_folder_of_the_database_file()
    {
        var options = _file.Options();
        options.DatabasePath = Path.Combine(Path.GetDirectoryName(_file.Path)!, "nested", "deeper", "world.db");

        await using var database = await SqliteDatabase.OpenAsync(options);

        Assert.True(File.Exists(options.DatabasePath));
        Assert.Contains("world.db", database.Description);
    }
}
