using ActorMoo.Host.Configuration.Hocon;
using ActorMoo.Host.Node;
using ActorMoo.Host.Persistence;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Cli;

/// <summary>
/// Recognises the failures an operator must fix (invalid configuration files, invalid option
/// values, a data directory that cannot be created, a database that cannot be opened) and prints
/// them as plain messages — every problem at once, no stack trace.
/// </summary>
internal static class StartupErrors
{
    /// <summary>Whether <paramref name="exception"/> is an operator-facing failure; if so, its messages.</summary>
    public static bool TryDescribe(Exception exception, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        bool recognised = Collect(exception, found);
        problems = found;
        return recognised;
    }

    /// <summary>
    /// Prints the problems to <paramref name="error"/> and returns the exit code:
    /// <see cref="ExitCodes.StorageUnavailable"/> when the database is the problem (retrying may
    /// help), else <see cref="ExitCodes.ConfigurationError"/>.
    /// </summary>
    public static int Report(TextWriter error, Exception exception, IReadOnlyList<string> problems)
    {
        error.WriteLine(problems.Count == 1
            ? "actormoo: cannot start: " + problems[0]
            : "actormoo: cannot start, the configuration has " + problems.Count + " problems:");
        if (problems.Count > 1)
        {
            foreach (string problem in problems)
            {
                error.WriteLine("  - " + problem);
            }
        }

        return IsStorageFailure(exception) ? ExitCodes.StorageUnavailable : ExitCodes.ConfigurationError;
    }

    private static bool IsStorageFailure(Exception exception) => exception switch
    {
        StorageUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsStorageFailure),
        _ => false,
    };

    private static bool Collect(Exception exception, List<string> problems)
    {
        switch (exception)
        {
            case HoconException or NodeStartupException or StorageUnavailableException:
                problems.Add(exception.Message);
                return true;
            case OptionsValidationException validation:
                problems.AddRange(validation.Failures);
                return true;
            case AggregateException aggregate:
                return aggregate.InnerExceptions.All(inner => Collect(inner, problems));
            default:
                return false;
        }
    }
}
