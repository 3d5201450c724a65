using System.Net;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="NetworkOptions"/>: a literal IP address to bind, valid and distinct ports.</summary>
public sealed class NetworkOptionsValidator : IValidateOptions<NetworkOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, NetworkOptions options)
    {
        var problems = new ValidationProblems("actormoo.network");
        if (!IPAddress.TryParse(options.Bind, out _))
        {
            problems.Add("bind", options.Bind, "must be an IP address such as 127.0.0.1, 0.0.0.0 or :: (host names are not accepted)");
        }

        var ports = new[] { ("telnet-port", options.TelnetPort), ("tls-port", options.TlsPort), ("http-port", options.HttpPort) };
        foreach ((string key, int port) in ports)
        {
            if (port is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
            {
                problems.Add(key, port, "must be a TCP port, 0 to 65535 (0 picks a free port)");
            }
        }

        foreach (IGrouping<int, (string Key, int Port)> clash in ports.Where(p => p.Item2 != 0).GroupBy(p => p.Item2).Where(g => g.Count() > 1))
        {
            string keys = string.Join(" and ", clash.Select(p => p.Key));
            problems.Add(clash.First().Key, clash.Key, $"{keys} must be different ports");
        }

        return problems.ToResult();
    }
}
