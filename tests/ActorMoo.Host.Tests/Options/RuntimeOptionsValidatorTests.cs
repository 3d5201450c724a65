using ActorMoo.Host.Configuration.Units;
using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class RuntimeOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(RuntimeOptions options) => new RuntimeOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid() => Assert.True(Validate(new RuntimeOptions()).Succeeded);

    [Fact]
    public void Out_of_range_settings_are_each_reported_by_key()
    {
        var options = new RuntimeOptions
        {
            MailboxThroughput = 0,
            AskTimeout = Duration.Parse("-1s"),
            ShutdownPhaseTimeout = Duration.Zero,
            Sharding = new ShardingOptions { ShardCount = 0, PassivationIdleTimeout = Duration.Parse("-1m"), MaxActiveEntities = -5 },
        };
        Assert.Equal(
            [
                "actormoo.runtime.mailbox-throughput = 0: must be at least 1 message per turn",
                "actormoo.runtime.ask-timeout = -1s: must be a positive duration such as 500ms, 10s or 2m",
                "actormoo.runtime.shutdown-phase-timeout = 0s: must be a positive duration such as 500ms, 10s or 2m",
                "actormoo.runtime.sharding.shard-count = 0: must be between 1 and 65536",
                "actormoo.runtime.sharding.passivation-idle-timeout = -1m: must not be negative (0 turns idle passivation off)",
                "actormoo.runtime.sharding.max-active-entities = -5: must not be negative (0 means no limit)",
            ],
            Validate(options).Failures);
    }

    [Fact]
    public void Zero_turns_off_idle_passivation_and_the_entity_limit()
    {
        var options = new RuntimeOptions { Sharding = new ShardingOptions { PassivationIdleTimeout = Duration.Zero, MaxActiveEntities = 0 } };
        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void The_options_map_onto_the_runtime_settings()
    {
        var options = new RuntimeOptions
        {
            MailboxThroughput = 7,
            ShutdownPhaseTimeout = Duration.FromSeconds(3),
            Sharding = new ShardingOptions { ShardCount = 12, PassivationIdleTimeout = Duration.FromMinutes(5), MaxActiveEntities = 9 },
        };
        var system = options.ToActorSystemOptions(TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        Assert.Equal((7, TimeSpan.FromSeconds(3)), (system.Throughput, system.ShutdownPhaseTimeout));
        system.Validate();
        var sharding = options.Sharding.ToShardingSettings();
        Assert.Equal((12, TimeSpan.FromMinutes(5), 9), (sharding.ShardCount, sharding.PassivationIdleTimeout, sharding.MaxActiveEntities));
        sharding.Validate();
    }

    [Fact]
    public void Too_many_shards_are_rejected()
    {
        var options = new RuntimeOptions { Sharding = new ShardingOptions { ShardCount = RuntimeOptionsValidator.MaxShardCount + 1 } };
        Assert.Contains("shard-count", Assert.Single(Validate(options).Failures!), StringComparison.Ordinal);
    }
}
