using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Runtime.Tests.Sharding;

public sealed class ShardingSettingsTests
{
    [Fact]
    public void Default_settings_must_be_valid()
    {
        new ShardingSettings().Validate();
    }

    [Theory]
    [InlineData(nameof(ShardingSettings.ShardCount))]
    [InlineData(nameof(ShardingSettings.PassivationIdleTimeout))]
    [InlineData(nameof(ShardingSettings.MaxActiveEntities))]
    [InlineData(nameof(ShardingSettings.BufferSizePerEntity))]
    [InlineData(nameof(ShardingSettings.RememberEntitiesRetryInterval))]
    public void An_invalid_setting_must_be_named_in_the_error(string setting)
    {
        var settings = setting switch
        {
            nameof(ShardingSettings.ShardCount) => new ShardingSettings { ShardCount = 0 },
            nameof(ShardingSettings.PassivationIdleTimeout) => new ShardingSettings { PassivationIdleTimeout = TimeSpan.FromSeconds(-1) },
            nameof(ShardingSettings.MaxActiveEntities) => new ShardingSettings { MaxActiveEntities = -1 },
            nameof(ShardingSettings.BufferSizePerEntity) => new ShardingSettings { BufferSizePerEntity = 0 },
            _ => new ShardingSettings { RememberEntitiesRetryInterval = TimeSpan.Zero },
        };

        var error = Assert.Throws<ArgumentException>(settings.Validate);

        Assert.Equal(setting, error.ParamName);
    }
}
