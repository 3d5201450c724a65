using ActorMoo.Host.Configuration.Hocon;

namespace ActorMoo.Host.Configuration;

/// <summary>
/// Renders the configuration a node actually runs with, one <c>path = value</c> line per key in
/// HOCON syntax (so a line can be pasted into a configuration file), sorted, secrets redacted.
/// </summary>
public static class EffectiveConfiguration
{
    /// <summary>The root of ActorMoo's keys.</summary>
    public const string RootKey = "actormoo";

    /// <summary>Renders every key under <see cref="RootKey"/> that has a value.</summary>
    public static IReadOnlyList<string> Render(IConfiguration configuration) =>
        configuration.GetSection(RootKey).AsEnumerable()
            .Where(pair => pair.Value is not null)
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .Select(pair => $"{RenderKey(pair.Key)} = {RenderValue(ConfigurationRedactor.Redact(pair.Key, pair.Value)!)}")
            .ToList();

    /// <summary>
    /// Names where the configuration came from, in increasing priority: the built-in reference,
    /// every file read (includes too; the user file marked with how it was chosen) and the
    /// environment variables that override keys.
    /// </summary>
    public static IReadOnlyList<string> DescribeSources(IConfiguration configuration, ActorMooConfigurationContext context)
    {
        var sources = new List<string> { ReferenceConfiguration.SourceName };
        UserConfigurationFile? userFile = context.LocateUserFile();
        IEnumerable<string> files = (configuration as IConfigurationRoot)?.Providers
            .OfType<HoconConfigurationProvider>().SelectMany(provider => provider.Files) ?? [];
        sources.AddRange(files.Select(file => file == userFile?.Path ? $"{file} ({userFile.ChosenBy})" : file));
        List<string> variables = EnvironmentOverrides.Active(context.Environment).Select(o => o.Variable).ToList();
        if (variables.Count > 0)
        {
            sources.Add("environment " + string.Join(", ", variables));
        }

        return sources;
    }

    private static string RenderKey(string key) =>
        string.Join('.', key.Split(ConfigurationPath.KeyDelimiter).Select(HoconPath.RenderSegment));

    /// <summary>Leaves simple values bare and quotes anything HOCON would not read back as the same string.</summary>
    private static string RenderValue(string value)
    {
        bool bare = value.Length > 0 && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
            && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '/');
        return bare && !value.Contains("//", StringComparison.Ordinal) ? value : HoconPath.Quote(value);
    }
}
