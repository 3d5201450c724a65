namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Entry points for reading HOCON into a resolved <see cref="HoconObject"/> tree, outside of
/// Microsoft.Extensions.Configuration (which uses <see cref="HoconConfigurationSource"/>).
/// </summary>
public static class HoconDocument
{
    /// <summary>Parses and resolves HOCON text.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <param name="baseDirectory">Directory relative includes are resolved against; null forbids them.</param>
    /// <param name="environment">Fallback for unresolved substitutions; defaults to the process environment.</param>
    /// <exception cref="HoconException">The text is invalid or a substitution cannot be resolved.</exception>
    public static HoconObject Parse(string text, string sourceName = "<string>", string? baseDirectory = null,
        Func<string, string?>? environment = null) =>
        Load([HoconInput.FromText(text, sourceName, baseDirectory)], environment).Root;

    /// <summary>Merges the inputs in order, resolves substitutions once over the result and reports the files read.</summary>
    /// <param name="inputs">Layers, lowest priority first.</param>
    /// <param name="environment">Fallback for unresolved substitutions; defaults to the process environment.</param>
    /// <exception cref="HoconException">An input is invalid or a substitution cannot be resolved.</exception>
    public static HoconLoadResult Load(IEnumerable<HoconInput> inputs, Func<string, string?>? environment = null)
    {
        var loader = new HoconFileLoader();
        HoconValue merged = new HoconObject(new HoconOrigin("<empty>", 1, 1));
        foreach (HoconInput input in inputs)
        {
            if (input.Load(loader) is { } layer)
            {
                merged = HoconMerge.Merge(merged, layer);
            }
        }

        HoconObject root = HoconResolver.Resolve((HoconObject)merged, environment ?? Environment.GetEnvironmentVariable);
        return new HoconLoadResult(root, loader.LoadedFiles.ToList());
    }
}

/// <summary>A resolved configuration and the files it was read from.</summary>
/// <param name="Root">The resolved root object.</param>
/// <param name="Files">Full paths of every file read, includes too, in reading order.</param>
public sealed record HoconLoadResult(HoconObject Root, IReadOnlyList<string> Files);
