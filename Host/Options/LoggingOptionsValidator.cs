using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="LoggingOptions"/>: every level is a named log level.</summary>
public sealed class LoggingOptionsValidator : IValidateOptions<LoggingOptions>
{
    private static readonly string LevelNames = string.Join(", ", Enum.GetNames<LogLevel>());

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LoggingOptions options)
    {
        var problems = new ValidationProblems("actormoo.logging");
        if (!Enum.IsDefined(options.Level))
        {
            problems.Add("level", (int)options.Level, $"must be one of {LevelNames}");
        }

        foreach ((string category, LogLevel level) in options.Categories)
        {
            if (!Enum.IsDefined(level))
            {
                problems.Add($"categories.{Configuration.Hocon.HoconPath.RenderSegment(category)}", (int)level, $"must be one of {LevelNames}");
            }
        }

        return problems.ToResult();
    }
}
