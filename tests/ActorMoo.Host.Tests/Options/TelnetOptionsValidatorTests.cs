using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public sealed class TelnetOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(TelnetOptions options) => new TelnetOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_must_be_valid_and_map_onto_the_edge_settings()
    {
        var options = new TelnetOptions { Mssp = { Name = "Dusk", Extra = { ["GENRE"] = "Fantasy" } } };

        Assert.True(Validate(options).Succeeded);
        Net.Telnet.TelnetServerOptions server = options.ToServerOptions();
        Assert.Equal((2048, 20.0, 60, 10, 1024), (server.MaxLineLength, server.InputRate, server.InputBurst, server.MaxConnectionsPerAddress, server.OutboundQueueLimit));
        Assert.Equal(("Dusk", "Fantasy"), (server.Mssp.Name, server.Mssp.Extra["GENRE"]));
        Assert.Equal(TimeSpan.FromSeconds(60), server.GmcpPingInterval);
    }

    [Fact]
    public void Every_bad_value_must_be_reported()
    {
        var options = new TelnetOptions
        {
            MaxLineLength = 0,
            InputRate = -1,
            InputBurst = 0,
            MaxConnectionsPerAddress = 0,
            OutboundQueueLimit = 0,
            MaxSubnegotiationBytes = 10,
            CertificatePath = "/nonexistent/cert.pfx",
            GmcpPingInterval = new(TimeSpan.FromSeconds(-1)),
        };

        ValidateOptionsResult result = Validate(options);

        Assert.Equal(8, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("actormoo.telnet.gmcp-ping-interval", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("actormoo.telnet.certificate-path", StringComparison.Ordinal) && f.Contains("dev-cert", StringComparison.Ordinal));
    }
}
