using ActorMoo.Host.Configuration;
using ActorMoo.Host.Configuration.Units;
using ActorMoo.Host.Options;
using ActorMoo.Host.Tests.Support;
using ActorMoo.Persistence.Sqlite;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class PersistenceOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(PersistenceOptions options) => new PersistenceOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid_and_match_reference_conf()
    {
        using var directory = new TempDirectory();
        IConfiguration configuration = new ConfigurationBuilder().AddActorMooConfiguration(TestEnvironment.Context(directory.Path)).Build();
        var bound = new PersistenceOptions();
        OptionsSectionBinder.Bind(configuration, PersistenceOptions.SectionKey, bound);
        var defaults = new PersistenceOptions();

        Assert.True(Validate(defaults).Succeeded);
        Assert.Equal(
            (defaults.BatchSize, defaults.BatchMaxEvents, defaults.BatchDelay, defaults.QueueCapacity, defaults.SnapshotEvery, defaults.SnapshotsKept, defaults.MigrateOnStart, defaults.SqliteSynchronous, defaults.PostgresSchema),
            (bound.BatchSize, bound.BatchMaxEvents, bound.BatchDelay, bound.QueueCapacity, bound.SnapshotEvery, bound.SnapshotsKept, bound.MigrateOnStart, bound.SqliteSynchronous, bound.PostgresSchema));
    }

    [Fact]
    public void Every_out_of_range_value_is_reported()
    {
        var options = new PersistenceOptions
        {
            BatchSize = 0,
            BatchMaxEvents = 0,
            BatchDelay = Duration.FromSeconds(11),
            QueueCapacity = 0,
            SnapshotEvery = -1,
            SnapshotsKept = 0,
            PostgresSchema = "Drop Table",
        };

        string[] failures = [.. Validate(options).Failures!];

        Assert.Equal(7, failures.Length);
        Assert.Contains(failures, f => f.StartsWith("actormoo.persistence.batch-size = 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("actormoo.persistence.postgres-schema = ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_options_become_the_journal_settings_and_snapshot_policy()
    {
        var options = new PersistenceOptions { BatchSize = 10, BatchMaxEvents = 20, BatchDelay = Duration.FromMilliseconds(3), QueueCapacity = 40, SnapshotEvery = 50, SnapshotsKept = 3 };

        var journal = options.ToJournalOptions("node-1");
        var policy = options.ToSnapshotPolicy();

        Assert.Equal((10, 20, TimeSpan.FromMilliseconds(3), 40, "node-1"), (journal.MaxBatchWrites, journal.MaxBatchEvents, journal.MaxBatchDelay, journal.QueueCapacity, journal.WriterId));
        Assert.Equal((50, 3), (policy.EveryEvents, policy.Keep));
    }

    [Fact]
    public void The_sqlite_durability_is_read_case_insensitively()
    {
        using var directory = new TempDirectory();
        directory.Write("hocon/actormoo.conf", "actormoo.persistence.sqlite-synchronous = normal");
        IConfiguration configuration = new ConfigurationBuilder().AddActorMooConfiguration(TestEnvironment.Context(directory.Path)).Build();
        var bound = new PersistenceOptions();

        OptionsSectionBinder.Bind(configuration, PersistenceOptions.SectionKey, bound);

        Assert.Equal(SqliteSynchronousMode.Normal, bound.SqliteSynchronous);
    }
}
