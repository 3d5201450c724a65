using ActorMoo.Host.Configuration.Units;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Host.Options;

/// <summary>Settings of the actor runtime (<c>actormoo.runtime</c> in reference.conf).</summary>
public sealed class RuntimeOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:runtime";

    /// <summary>Messages an actor handles per turn on a thread-pool thread before yielding it (fairness against throughput).</summary>
    [ConfigurationKeyName("mailbox-throughput")]
    public int MailboxThroughput { get; set; } = 100;

    /// <summary>How long an Ask waits for its reply when the caller has no better timeout of its own.</summary>
    [ConfigurationKeyName("ask-timeout")]
    public Duration AskTimeout { get; set; } = Duration.FromSeconds(10);

    /// <summary>Longest time each coordinated-shutdown phase may take before it is abandoned.</summary>
    [ConfigurationKeyName("shutdown-phase-timeout")]
    public Duration ShutdownPhaseTimeout { get; set; } = Duration.FromSeconds(10);

    /// <summary>Sharding of entities (<c>actormoo.runtime.sharding</c>).</summary>
    [ConfigurationKeyName("sharding")]
    public ShardingOptions Sharding { get; set; } = new();

    /// <summary>The settings of the node's actor system.</summary>
    /// <param name="timeProvider">The clock behind timers, Ask timeouts and shutdown timeouts.</param>
    /// <param name="loggerFactory">Where the runtime logs.</param>
    public ActorSystemOptions ToActorSystemOptions(TimeProvider timeProvider, ILoggerFactory loggerFactory) => new()
    {
        TimeProvider = timeProvider,
        LoggerFactory = loggerFactory,
        Throughput = MailboxThroughput,
        AskTimeout = AskTimeout,
        ShutdownPhaseTimeout = ShutdownPhaseTimeout,
    };
}

/// <summary>Sharding of entities over shards and their passivation (<c>actormoo.runtime.sharding</c>).</summary>
public sealed class ShardingOptions
{
    /// <summary>Shards per entity type; the id → shard mapping depends on it, so it stays fixed for a database's life.</summary>
    [ConfigurationKeyName("shard-count")]
    public int ShardCount { get; set; } = 100;

    /// <summary>An entity idle for this long is passivated (stopped; its state stays in the journal); zero turns it off.</summary>
    [ConfigurationKeyName("passivation-idle-timeout")]
    public Duration PassivationIdleTimeout { get; set; } = Duration.FromMinutes(2);

    /// <summary>Most entities of one type active on one node; beyond it the least recently used are passivated. Zero: no limit.</summary>
    [ConfigurationKeyName("max-active-entities")]
    public int MaxActiveEntities { get; set; } = 100_000;

    /// <summary>The shard region settings for an entity type, as the runtime takes them.</summary>
    public ShardingSettings ToShardingSettings() => new()
    {
        ShardCount = ShardCount,
        PassivationIdleTimeout = PassivationIdleTimeout,
        MaxActiveEntities = MaxActiveEntities,
    };
}
