namespace ActorMoo.Persistence.PostgreSql.Tests;

/// <summary>Connecting, schema migration and option validation of the PostgreSQL back end.</summary>
public sealed class PostgreSqlDatabaseTests : IAsyncLifetime
{
    private readonly TestSchema _schema = new("database");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task Migrate_must_create_the_schema_and_record_its_version()
    {
        await using var database = await _schema.OpenAsync();
        Assert.Equal(0, await database.ReadSchemaVersionAsync());

        var report = await database.MigrateAsync();

        Assert.Equal(0, report.FromVersion);
        Assert.Equal(database.LatestSchemaVersion, report.ToVersion);
        Assert.Equal(Enumerable.Range(1, database.LatestSchemaVersion), report.Applied.Select(m => m.Version));
        Assert.Equal(database.LatestSchemaVersion, await database.ReadSchemaVersionAsync());
    }

    [Fact]
    public async Task Migrate_must_apply_each_step_once_when_nodes_migrate_at_the_same_time()
    {
        var databases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _schema.OpenAsync()));
        try
        {
            var reports = await Task.WhenAll(databases.Select(d => d.MigrateAsync()));

            Assert.Equal(databases[0].LatestSchemaVersion, reports.Sum(r => r.Applied.Count));
            Assert.All(reports, r => Assert.Equal(databases[0].LatestSchemaVersion, r.ToVersion));
        }
        finally
        {
            foreach (var database in databases)
                await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Open_must_fail_with_a_clear_message_when_the_server_is_unreachable()
    {
        var options = new PostgreSqlStorageOptions { ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3", Schema = "unreachable" };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgreSqlDatabase.OpenAsync(options));

        Assert.Contains("Cannot connect to PostgreSQL at 127.0.0.1:1", error.Message);
    }

    [Theory]
    [InlineData("Robert'); DROP TABLE students;--")]
    [InlineData("UpperCase")]
    [InlineData("")]
    public void Options_must_refuse_a_schema_that_is_not_a_plain_identifier(string schema)
    {
        var options = new PostgreSqlStorageOptions { ConnectionString = "Host=127.0.0.1", Schema = schema };

        Assert.Throws<ArgumentException>(options.Validate);
    }

    [Fact]
    public async Task Description_must_name_the_server_but_not_the_password()
    {
        await using var database = await _schema.OpenAsync(";Password=hunter2");

        Assert.Contains(_schema.Name, database.Description);
        Assert.DoesNotContain("hunter2", database.Description);
    }
}
