using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class StorageOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(StorageOptions options) => new StorageOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid_and_mean_sqlite()
    {
        Assert.True(Validate(new StorageOptions()).Succeeded);
        Assert.False(new StorageOptions().UsesPostgres);
    }

    [Fact]
    public void A_postgres_connection_string_selects_postgres()
    {
        var options = new StorageOptions { Postgres = "Host=127.0.0.1;Port=5432;Database=moo;Username=moo;Password=x" };
        Assert.True(Validate(options).Succeeded);
        Assert.True(options.UsesPostgres);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("da\0ta")]
    public void A_data_directory_must_be_a_usable_path(string dataDir)
    {
        string failure = Assert.Single(Validate(new StorageOptions { DataDir = dataDir }).Failures!);
        Assert.StartsWith("actormoo.storage.data-dir = ", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_showing_it()
    {
        string failure = Assert.Single(Validate(new StorageOptions { Postgres = "Host=db;Password=\"hunter2" }).Failures!);
        Assert.StartsWith("actormoo.storage.postgres = \"<redacted>\": is not a connection string", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }
}
