using ActorMoo.Host.Cli;
using ActorMoo.Host.Persistence;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Cli;

/// <summary><c>actormoo migrate</c> against the default SQLite store in a private data directory.</summary>
public sealed class MigrateVerbTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var cli = new CliContext(Support.Hocon.Lookup(null), _directory.Path);
        int exitCode = await ActorMooCommandLine.InvokeAsync(args, cli, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_creates_the_schema_and_then_finds_it_current()
    {
        (int firstExit, string first, string firstError) = await Run("migrate");
        (int secondExit, string second, _) = await Run("migrate");

        Assert.Equal((ExitCodes.Success, ""), (firstExit, firstError));
        Assert.Contains("schema version 0 -> 1", first, StringComparison.Ordinal);
        Assert.Contains("applied 1: event journal and snapshot store", first, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, secondExit);
        Assert.Contains("schema version 1 -> 1", second, StringComparison.Ordinal);
        Assert.Contains("already current", second, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory.Path, "data", PersistenceDatabaseFactory.SqliteFileName)));
    }

    [Fact]
    public async Task Migrate_reports_an_unreachable_postgres_plainly()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.storage.postgres = \"Host=127.0.0.1;Port=1;Username=moo;Password=hunter2;Timeout=3\"");

        (int exitCode, _, string error) = await Run("migrate");

        Assert.Equal(ExitCodes.StorageUnavailable, exitCode);
        Assert.StartsWith("actormoo migrate: Cannot connect to PostgreSQL at 127.0.0.1:1", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }
}
