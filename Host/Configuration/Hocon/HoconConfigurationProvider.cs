namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Loads a <see cref="HoconConfigurationSource"/>. Errors are not swallowed: a
/// <see cref="HoconException"/> carrying file, line and column escapes from <see cref="Load"/>,
/// so a bad configuration stops the process before anything starts.
/// </summary>
public sealed class HoconConfigurationProvider : ConfigurationProvider
{
    private readonly HoconConfigurationSource _source;

    /// <summary>Creates a provider for <paramref name="source"/>.</summary>
    public HoconConfigurationProvider(HoconConfigurationSource source) => _source = source;

    /// <summary>Full paths of the files read by the last <see cref="Load"/>, includes too, in order.</summary>
    public IReadOnlyList<string> Files { get; private set; } = [];

    /// <inheritdoc />
    /// <exception cref="HoconException">A file is missing, invalid, or a substitution cannot be resolved.</exception>
    public override void Load()
    {
        HoconLoadResult result = HoconDocument.Load(_source.Inputs, _source.Environment);
        Data = HoconFlattener.Flatten(result.Root);
        Files = result.Files;
    }
}
