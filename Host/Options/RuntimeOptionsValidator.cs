using ActorMoo.Host.Configuration.Units;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="RuntimeOptions"/>: counts and timeouts in the ranges the runtime accepts.</summary>
public sealed class RuntimeOptionsValidator : IValidateOptions<RuntimeOptions>
{
    /// <summary>Largest accepted shard count: beyond it the per-shard bookkeeping outweighs any balancing benefit.</summary>
    public const int MaxShardCount = 65_536;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RuntimeOptions options)
    {
        var problems = new ValidationProblems("actormoo.runtime");
        if (options.MailboxThroughput < 1)
        {
            problems.Add("mailbox-throughput", options.MailboxThroughput, "must be at least 1 message per turn");
        }

        RequirePositive(problems, "ask-timeout", options.AskTimeout);
        RequirePositive(problems, "shutdown-phase-timeout", options.ShutdownPhaseTimeout);

        ShardingOptions sharding = options.Sharding;
        if (sharding.ShardCount is < 1 or > MaxShardCount)
        {
            problems.Add("sharding.shard-count", sharding.ShardCount, $"must be between 1 and {MaxShardCount}");
        }

        if (sharding.PassivationIdleTimeout.IsNegative)
        {
            problems.Add("sharding.passivation-idle-timeout", sharding.PassivationIdleTimeout, "must not be negative (0 turns idle passivation off)");
        }

        if (sharding.MaxActiveEntities < 0)
        {
            problems.Add("sharding.max-active-entities", sharding.MaxActiveEntities, "must not be negative (0 means no limit)");
        }

        return problems.ToResult();
    }

    private static void RequirePositive(ValidationProblems problems, string key, Duration duration)
    {
        if (duration <= Duration.Zero)
        {
            problems.Add(key, duration, "must be a positive duration such as 500ms, 10s or 2m");
        }
    }
}
