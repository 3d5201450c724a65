namespace ActorMoo.Persistence.Sqlite.Tests;

/// <summary>A database file in a fresh temporary folder, removed with the folder.</summary>
internal sealed class TemporaryDatabaseFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actormoo-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "journal.db");

    public SqliteStorageOptions Options(SqliteSynchronousMode synchronous = SqliteSynchronousMode.Full) =>
        new() { DatabasePath = Path, Synchronous = synchronous };

    public async Task<SqliteDatabase> OpenMigratedAsync()
    {
        var database = await SqliteDatabase.OpenAsync(Options());
        await database.MigrateAsync();
        return database;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
