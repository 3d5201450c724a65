namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>Registration of HOCON sources on a configuration builder.</summary>
public static class HoconConfigurationExtensions
{
    /// <summary>Adds a layered HOCON source; <paramref name="configure"/> sets its inputs.</summary>
    public static IConfigurationBuilder AddHocon(this IConfigurationBuilder builder, Action<HoconConfigurationSource> configure)
    {
        var source = new HoconConfigurationSource();
        configure(source);
        return builder.Add(source);
    }

    /// <summary>Adds one HOCON file.</summary>
    /// <param name="builder">The configuration builder.</param>
    /// <param name="path">The file path.</param>
    /// <param name="optional">Whether the file may be absent.</param>
    public static IConfigurationBuilder AddHoconFile(this IConfigurationBuilder builder, string path, bool optional = false) =>
        builder.AddHocon(source => source.Inputs.Add(HoconInput.FromFile(path, optional)));
}
