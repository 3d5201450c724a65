namespace ActorMoo.Host.Options;

/// <summary>Console logging levels (<c>actormoo.logging</c> in reference.conf).</summary>
public sealed class LoggingOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:logging";

    /// <summary>Least severe level written for categories without their own entry.</summary>
    [ConfigurationKeyName("level")]
    public LogLevel Level { get; set; } = LogLevel.Information;

    /// <summary>Levels by category name or namespace prefix, overriding <see cref="Level"/>.</summary>
    [ConfigurationKeyName("categories")]
    public Dictionary<string, LogLevel> Categories { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Hosting.Lifetime"] = LogLevel.Information,
        ["Microsoft.AspNetCore"] = LogLevel.Warning,
    };
}
