using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Checks <see cref="TelnetOptions"/>: positive limits, and a certificate file that exists when one is named.</summary>
public sealed class TelnetOptionsValidator : IValidateOptions<TelnetOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelnetOptions options)
    {
        var problems = new ValidationProblems("actormoo.telnet");
        Positive(problems, "max-line-length", options.MaxLineLength);
        Positive(problems, "input-burst", options.InputBurst);
        Positive(problems, "max-connections-per-address", options.MaxConnectionsPerAddress);
        Positive(problems, "outbound-queue-limit", options.OutboundQueueLimit);
        if (options.InputRate <= 0 || double.IsNaN(options.InputRate) || double.IsInfinity(options.InputRate))
        {
            problems.Add("input-rate", options.InputRate, "must be a positive number of lines per second");
        }

        if (options.MaxSubnegotiationBytes < 256)
        {
            problems.Add("max-subnegotiation-bytes", options.MaxSubnegotiationBytes, "must be at least 256 (GMCP messages need room)");
        }

        if (options.GmcpPingInterval.Value < TimeSpan.Zero)
        {
            problems.Add("gmcp-ping-interval", options.GmcpPingInterval, "must be zero (no pings) or a positive duration");
        }

        if (options.CertificatePath.Length > 0 && !File.Exists(options.CertificatePath))
        {
            problems.Add("certificate-path", options.CertificatePath, "names no file (create a development certificate with `actormoo dev-cert`)");
        }

        return problems.ToResult();
    }

    private static void Positive(ValidationProblems problems, string key, int value)
    {
        if (value <= 0)
        {
            problems.Add(key, value, "must be at least 1");
        }
    }
}
