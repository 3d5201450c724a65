using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Tests.Options;

public class NetworkOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(NetworkOptions options) => new NetworkOptionsValidator().Validate(null, options);

    [Fact]
    public void The_defaults_are_valid() => Assert.True(Validate(new NetworkOptions()).Succeeded);

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("192.168.1.20")]
    public void Ip_addresses_are_accepted_as_bind_addresses(string bind)
    {
        Assert.True(Validate(new NetworkOptions { Bind = bind }).Succeeded);
        Assert.Equal(bind, new NetworkOptions { Bind = bind }.GetBindAddress().ToString());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("")]
    [InlineData("300.1.1.1")]
    public void Anything_but_an_ip_address_is_a_bad_bind_address(string bind)
    {
        ValidateOptionsResult result = Validate(new NetworkOptions { Bind = bind });
        Assert.Equal($"actormoo.network.bind = \"{bind}\": must be an IP address such as 127.0.0.1, 0.0.0.0 or :: (host names are not accepted)", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Ports_out_of_range_are_each_reported()
    {
        ValidateOptionsResult result = Validate(new NetworkOptions { TelnetPort = 70000, TlsPort = -1, HttpPort = 65535 });
        Assert.Equal(
            [
                "actormoo.network.telnet-port = 70000: must be a TCP port, 0 to 65535 (0 picks a free port)",
                "actormoo.network.tls-port = -1: must be a TCP port, 0 to 65535 (0 picks a free port)",
            ],
            result.Failures);
    }

    [Fact]
    public void Two_listeners_cannot_share_a_port_but_several_may_pick_free_ports()
    {
        ValidateOptionsResult clash = Validate(new NetworkOptions { TelnetPort = 8080, HttpPort = 8080 });
        Assert.Equal("actormoo.network.telnet-port = 8080: telnet-port and http-port must be different ports", Assert.Single(clash.Failures!));
        Assert.True(Validate(new NetworkOptions { TelnetPort = 0, TlsPort = 0, HttpPort = 0 }).Succeeded);
    }
}
