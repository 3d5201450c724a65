namespace ActorMoo.Host.Configuration;

/// <summary>
/// The environment variables every deployment and test harness can rely on (DESIGN §7). Each
/// overrides one configuration key, whatever the HOCON files say. They are merged into the
/// HOCON tree before substitutions are resolved, so a value derived from an overridden key
/// (<c>${actormoo.storage.data-dir}/…</c>) follows the override. An empty variable counts as unset.
/// </summary>
public static class EnvironmentOverrides
{
    /// <summary>Every override, in documentation order.</summary>
    public static IReadOnlyList<EnvironmentOverride> All { get; } =
    [
        new("ACTORMOO_DATA_DIR", "actormoo.storage.data-dir", IsSecret: false),
        new("ACTORMOO_TELNET_PORT", "actormoo.network.telnet-port", IsSecret: false),
        new("ACTORMOO_TLS_PORT", "actormoo.network.tls-port", IsSecret: false),
        new("ACTORMOO_HTTP_PORT", "actormoo.network.http-port", IsSecret: false),
        new("ACTORMOO_BIND", "actormoo.network.bind", IsSecret: false),
        new("ACTORMOO_POSTGRES", "actormoo.storage.postgres", IsSecret: true),
        new("ACTORMOO_WIZARD_PASSWORD", "actormoo.world.wizard-password", IsSecret: true),
    ];

    /// <summary>The overrides that are set in <paramref name="environment"/>.</summary>
    public static IReadOnlyList<EnvironmentOverride> Active(Func<string, string?> environment) =>
        All.Where(o => !string.IsNullOrEmpty(environment(o.Variable))).ToList();

    /// <summary>The set overrides as HOCON path → value pairs, ready for <see cref="Hocon.HoconInput.FromValues"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Collect(Func<string, string?> environment) =>
        Active(environment).Select(o => KeyValuePair.Create(o.Path, environment(o.Variable)!)).ToList();
}

/// <summary>One environment variable that overrides one configuration key.</summary>
/// <param name="Variable">The variable's name.</param>
/// <param name="Path">The HOCON path it overrides.</param>
/// <param name="IsSecret">Whether its value must never appear in logs.</param>
public sealed record EnvironmentOverride(string Variable, string Path, bool IsSecret);
