using ActorMoo.Actors.Accounts;
using ActorMoo.Host.Configuration.Units;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="SessionsOptions"/>: a usable timeout, queue, name lengths and hash cost.</summary>
public sealed class SessionsOptionsValidator : IValidateOptions<SessionsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SessionsOptions options)
    {
        var problems = new ValidationProblems("actormoo.sessions");
        if (options.LoginIdleTimeout <= Duration.Zero)
            problems.Add("login-idle-timeout", options.LoginIdleTimeout, "must be a positive duration such as 5m");
        if (options.MaxQueuedLines < 1)
            problems.Add("max-queued-lines", options.MaxQueuedLines, "must be at least 1");
        if (options.MinNameLength < 1)
            problems.Add("min-name-length", options.MinNameLength, "must be at least 1");
        if (options.MaxNameLength < options.MinNameLength)
            problems.Add("max-name-length", options.MaxNameLength, "must be at least min-name-length");
        if (options.PasswordIterations < PasswordHasher.MinimumIterations)
            problems.Add("password-iterations", options.PasswordIterations, $"must be at least {PasswordHasher.MinimumIterations}");
        return problems.ToResult();
    }
}
