using ActorMoo.Host.Configuration.Units;
using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class WorldOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(WorldOptions options) => new WorldOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid() => Assert.True(Validate(new WorldOptions()).Succeeded);

    [Fact]
    public void Out_of_range_settings_are_each_reported_by_key()
    {
        var options = new WorldOptions
        {
            MaxAttempts = 0,
            ReservationTimeout = Duration.Zero,
            AskTimeout = Duration.Parse("-2s"),
            ConflictBackoffAfter = -1,
            ConflictBackoffBase = Duration.FromMilliseconds(10),
            ConflictBackoffMax = Duration.FromMilliseconds(5),
            FirstObjectId = -1,
        };
        Assert.Equal(
            [
                "actormoo.world.max-attempts = 0: must be between 1 and 1000 (1: a conflict fails the task at once)",
                "actormoo.world.reservation-timeout = 0s: must be a positive duration such as 500ms, 10s or 2m",
                "actormoo.world.ask-timeout = -2s: must be a positive duration such as 500ms, 10s or 2m",
                "actormoo.world.conflict-backoff-after = -1: must be between 0 and 1000 (0: every re-run waits)",
                "actormoo.world.conflict-backoff-max = 5ms: must not be below conflict-backoff-base",
                "actormoo.world.first-object-id = -1: must not be negative (negative numbers are #-1 nothing, #-2 ambiguous, #-3 failed match)",
            ],
            Validate(options).Failures);
    }

    [Fact]
    public void The_options_map_onto_the_world_s_settings()
    {
        var settings = new WorldOptions
        {
            MaxAttempts = 3,
            ReservationTimeout = Duration.FromSeconds(5),
            AskTimeout = Duration.FromMilliseconds(750),
            ConflictBackoffAfter = 4,
            ConflictBackoffBase = Duration.FromMilliseconds(2),
            ConflictBackoffMax = Duration.FromMilliseconds(80),
            FirstObjectId = 100,
        }.ToWorldSettings();

        Assert.Equal((3, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(750), 100L),
            (settings.MaxAttempts, settings.ReservationTimeout, settings.AskTimeout, settings.FirstObjectId));
        Assert.Equal((4, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(80)),
            (settings.ConflictBackoffAfter, settings.ConflictBackoffBase, settings.ConflictBackoffMax));
    }
}
