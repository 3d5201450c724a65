using ActorMoo.Actors.World;
using ActorMoo.Host.Configuration.Units;

namespace ActorMoo.Host.Options;

/// <summary>
/// The running world's settings (<c>actormoo.world</c> in reference.conf): how tasks commit and
/// retry, how long object actors are waited for, and the first-start wizard password. Mapped onto
/// the world's own <see cref="WorldSettings"/> by <see cref="ToWorldSettings"/>. Objects are sharded
/// and passivated with <c>actormoo.runtime.sharding</c>, like every entity type.
/// </summary>
public sealed class WorldOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:world";

    /// <summary>Password of the wizard created on the first start of an empty database; empty: generated. A secret: never logged.</summary>
    [ConfigurationKeyName("wizard-password")]
    public string WizardPassword { get; set; } = "";

    /// <summary>How many times a task runs in total before conflicts with other tasks fail it.</summary>
    [ConfigurationKeyName("max-attempts")]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long an object stays reserved by a committing task that went silent before it reloads from the journal.</summary>
    [ConfigurationKeyName("reservation-timeout")]
    public Duration ReservationTimeout { get; set; } = Duration.FromSeconds(30);

    /// <summary>How long a task waits for one object actor's reply.</summary>
    [ConfigurationKeyName("ask-timeout")]
    public Duration AskTimeout { get; set; } = Duration.FromSeconds(10);

    /// <summary>How many conflicting attempts of a task in a row re-run at once before the re-runs start to wait a random time.</summary>
    [ConfigurationKeyName("conflict-backoff-after")]
    public int ConflictBackoffAfter { get; set; } = 2;

    /// <summary>The bound of the first random wait before a re-run; it doubles with each further conflict.</summary>
    [ConfigurationKeyName("conflict-backoff-base")]
    public Duration ConflictBackoffBase { get; set; } = Duration.FromMilliseconds(1);

    /// <summary>The largest bound of the random wait before a re-run.</summary>
    [ConfigurationKeyName("conflict-backoff-max")]
    public Duration ConflictBackoffMax { get; set; } = Duration.FromMilliseconds(50);

    /// <summary>The first object number handed out in an empty world (ignored once objects exist).</summary>
    [ConfigurationKeyName("first-object-id")]
    public long FirstObjectId { get; set; }

    /// <summary>The world's settings, as <c>WorldObjects.Start</c> takes them.</summary>
    public WorldSettings ToWorldSettings() => new()
    {
        MaxAttempts = MaxAttempts,
        ReservationTimeout = ReservationTimeout,
        AskTimeout = AskTimeout,
        ConflictBackoffAfter = ConflictBackoffAfter,
        ConflictBackoffBase = ConflictBackoffBase,
        ConflictBackoffMax = ConflictBackoffMax,
        FirstObjectId = FirstObjectId,
    };
}
