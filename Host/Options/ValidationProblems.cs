using System.Globalization;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Configuration.Hocon;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>
/// Collects the problems a validator finds in one section, each phrased the same way:
/// <c>actormoo.network.telnet-port = 70000: must be a TCP port, 0 to 65535</c>.
/// </summary>
/// <param name="section">The section's HOCON path, e.g. <c>actormoo.network</c>.</param>
public sealed class ValidationProblems(string section)
{
    private readonly List<string> _failures = [];

    /// <summary>Records that <paramref name="key"/> has the bad <paramref name="value"/>.</summary>
    /// <param name="key">The key below the section, e.g. <c>telnet-port</c> or <c>sharding.shard-count</c>.</param>
    /// <param name="value">The value found; pass <see cref="ConfigurationRedactor.Redacted"/> for secrets.</param>
    /// <param name="problem">What is wrong and what would be right.</param>
    public void Add(string key, object? value, string problem) =>
        _failures.Add($"{section}.{key} = {Render(value)}: {problem}");

    /// <summary>Success when nothing was recorded, otherwise a failure listing every problem.</summary>
    public ValidateOptionsResult ToResult() =>
        _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);

    private static string Render(object? value) => value switch
    {
        null => "null",
        string text => HoconPath.Quote(text),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
