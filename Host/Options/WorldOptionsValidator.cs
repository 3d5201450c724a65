using ActorMoo.Host.Configuration.Units;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="WorldOptions"/>: an attempt count and timeouts the world can run with.</summary>
public sealed class WorldOptionsValidator : IValidateOptions<WorldOptions>
{
    /// <summary>Most attempts accepted: beyond it a hot object would keep a task re-running for minutes.</summary>
    public const int MaxMaxAttempts = 1000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WorldOptions options)
    {
        var problems = new ValidationProblems("actormoo.world");
        if (options.MaxAttempts is < 1 or > MaxMaxAttempts)
        {
            problems.Add("max-attempts", options.MaxAttempts, $"must be between 1 and {MaxMaxAttempts} (1: a conflict fails the task at once)");
        }

        RequirePositive(problems, "reservation-timeout", options.ReservationTimeout);
        RequirePositive(problems, "ask-timeout", options.AskTimeout);
        if (options.ConflictBackoffAfter is < 0 or > MaxMaxAttempts)
        {
            problems.Add("conflict-backoff-after", options.ConflictBackoffAfter, $"must be between 0 and {MaxMaxAttempts} (0: every re-run waits)");
        }

        if (options.ConflictBackoffBase < Duration.Zero)
        {
            problems.Add("conflict-backoff-base", options.ConflictBackoffBase, "must not be negative (0s: re-runs never wait a random time)");
        }

        if (options.ConflictBackoffMax < options.ConflictBackoffBase)
        {
            problems.Add("conflict-backoff-max", options.ConflictBackoffMax, "must not be below conflict-backoff-base");
        }

        if (options.FirstObjectId < 0)
        {
            problems.Add("first-object-id", options.FirstObjectId, "must not be negative (negative numbers are #-1 nothing, #-2 ambiguous, #-3 failed match)");
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
