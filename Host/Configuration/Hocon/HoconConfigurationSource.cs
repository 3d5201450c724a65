namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// A Microsoft.Extensions.Configuration source reading layered HOCON: the <see cref="Inputs"/>
/// are merged in order and resolved together, then flattened to <c>:</c>-separated keys.
/// </summary>
public sealed class HoconConfigurationSource : IConfigurationSource
{
    /// <summary>The layers, lowest priority first.</summary>
    public IList<HoconInput> Inputs { get; } = [];

    /// <summary>Fallback for substitutions the configuration does not define; the process environment by default.</summary>
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new HoconConfigurationProvider(this);
}
