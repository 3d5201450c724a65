using System.Text;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Cli;
using ActorMoo.Host.Persistence;
using ActorMoo.Host.Tests.Support;
using Npgsql;

namespace ActorMoo.Host.Tests.Cli;

/// <summary>
/// <c>actormoo export</c> and <c>actormoo import</c> over private SQLite data directories, and from
/// SQLite to PostgreSQL when ACTORMOO_TEST_POSTGRES names a test server.
/// </summary>
public sealed class WorldFileVerbsTests : IDisposable
{
    private const string TestPostgresVariable = "ACTORMOO_TEST_POSTGRES";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Runs the CLI in <paramref name="node"/> (a folder of the temp directory holding its data and config).</summary>
    private async Task<(int ExitCode, string Output, string Error)> Run(string node, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string workingDirectory = Path.Combine(_directory.Path, node);
        Directory.CreateDirectory(workingDirectory);
        var cli = new CliContext(Support.Hocon.Lookup(environment), workingDirectory);
        int exitCode = await ActorMooCommandLine.InvokeAsync(args, cli, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private Task<(int ExitCode, string Output, string Error)> Run(string node, params string[] args) => Run(node, null, args);

    /// <summary>The starter core written out as a world directory: a realistic world to import.</summary>
    private string CoreDirectory()
    {
        string path = Path.Combine(_directory.Path, "core");
        if (!Directory.Exists(path))
        {
            WorldDirectory.Write(StarterCore.Files(), path);
        }

        return path;
    }

    private string PathOf(string relative) => Path.Combine(_directory.Path, relative);

    [Fact]
    public async Task Export_import_export_must_give_the_same_file()
    {
        Assert.Equal(ExitCodes.Success, (await Run("a", "import", CoreDirectory())).ExitCode);
        (int exported, string exportOutput, string exportError) = await Run("a", "export", PathOf("first.world"));
        (int imported, string importOutput, _) = await Run("b", "import", PathOf("first.world"));
        (int exportedAgain, _, _) = await Run("b", "export", PathOf("second.world"));

        Assert.Equal((ExitCodes.Success, ""), (exported, exportError));
        Assert.Contains("exported", exportOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, imported);
        Assert.Contains("imported", importOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, exportedAgain);
        Assert.Equal(await File.ReadAllTextAsync(PathOf("first.world")), await File.ReadAllTextAsync(PathOf("second.world")));
    }

    [Fact]
    public async Task Export_to_a_path_ending_in_a_slash_must_write_a_directory_that_imports()
    {
        await Run("a", "import", CoreDirectory());

        (int exported, _, _) = await Run("a", "export", PathOf("tree") + "/");
        (int imported, _, string error) = await Run("b", "import", PathOf("tree"));

        Assert.Equal(ExitCodes.Success, exported);
        Assert.True(File.Exists(Path.Combine(PathOf("tree"), "world.json")));
        Assert.Equal((ExitCodes.Success, ""), (imported, error));
    }

    [Fact]
    public async Task A_damaged_bundle_must_be_refused_with_the_problem_and_nothing_written()
    {
        await Run("a", "import", CoreDirectory());
        await Run("a", "export", PathOf("world.bundle"));
        string text = await File.ReadAllTextAsync(PathOf("world.bundle"));
        await File.WriteAllTextAsync(PathOf("world.bundle"), text.Replace("\"Root Class\"", "\"Root Clasz\"", StringComparison.Ordinal));

        (int exitCode, _, string error) = await Run("b", "import", PathOf("world.bundle"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("refused, nothing was written", error, StringComparison.Ordinal);
        Assert.Contains("objects/root.json is damaged: its SHA-256 does not match the header", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory.Path, "b", "data", PersistenceDatabaseFactory.SqliteFileName)));
    }

    [Fact]
    public async Task Import_into_a_database_that_holds_a_world_must_be_refused_and_leave_it_as_it_was()
    {
        await Run("a", "import", CoreDirectory());
        await Run("a", "export", PathOf("before.world"));

        (int exitCode, _, string error) = await Run("a", "import", CoreDirectory());
        await Run("a", "export", PathOf("after.world"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("already holds a world", error, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(PathOf("before.world")), await File.ReadAllTextAsync(PathOf("after.world")));
    }

    [Fact]
    public async Task Export_must_not_replace_an_existing_file_without_force()
    {
        await Run("a", "import", CoreDirectory());
        await File.WriteAllTextAsync(PathOf("keep.world"), "precious");

        (int refused, _, string error) = await Run("a", "export", PathOf("keep.world"));
        string kept = await File.ReadAllTextAsync(PathOf("keep.world"));
        (int forced, _, _) = await Run("a", "export", "--force", PathOf("keep.world"));

        Assert.Equal(ExitCodes.Failure, refused);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("precious", kept);
        Assert.Equal(ExitCodes.Success, forced);
        Assert.StartsWith(WorldBundle.MagicLine, await File.ReadAllTextAsync(PathOf("keep.world")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_a_database_that_was_never_used_must_say_so()
    {
        (int exitCode, _, string error) = await Run("empty", "export", PathOf("nothing.world"));

        Assert.Equal(ExitCodes.StorageUnavailable, exitCode);
        Assert.Contains("holds no ActorMoo data", error, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("nothing.world")));
    }

    [Fact]
    public async Task A_world_must_move_from_sqlite_to_postgres_and_export_the_same()
    {
        // Runs where ./test.sh provides a server; when the variable is set, an unreachable server fails the test.
        if (Environment.GetEnvironmentVariable(TestPostgresVariable) is not { Length: > 0 } connectionString)
        {
            return;
        }

        string schema = $"t_worldfile_{Guid.NewGuid():N}";
        var postgres = new Dictionary<string, string> { ["ACTORMOO_POSTGRES"] = connectionString };
        await File.WriteAllTextAsync(Path.Combine(Directory.CreateDirectory(PathOf("pg/hocon")).FullName, "actormoo.conf"),
            $"actormoo.persistence.postgres-schema = \"{schema}\"\n");
        try
        {
            await Run("sqlite", "import", CoreDirectory());
            await Run("sqlite", "export", PathOf("from-sqlite.world"));

            (int imported, _, string importError) = await Run("pg", postgres, "import", PathOf("from-sqlite.world"));
            (int exported, _, string exportError) = await Run("pg", postgres, "export", PathOf("from-postgres.world"));

            Assert.Equal((ExitCodes.Success, ""), (imported, importError));
            Assert.Equal((ExitCodes.Success, ""), (exported, exportError));
            Assert.Equal(await File.ReadAllTextAsync(PathOf("from-sqlite.world")), await File.ReadAllTextAsync(PathOf("from-postgres.world")));
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
