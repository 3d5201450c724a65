using ActorMoo.Net.Telnet;
using ActorMoo.Net.Telnet.Mssp;
using ActorMoo.TestKit;

namespace ActorMoo.Net.Tests.Telnet.Mssp;

public sealed class MsspVariablesTests
{
    [Fact]
    public void Variables_must_combine_configuration_live_counts_and_protocol_flags()
    {
        var clock = new ManualTimeProvider();
        var settings = new MsspSettings { Name = "Dusk", Contact = "ops@example.org", Extra = { ["GENRE"] = "Fantasy" } };
        int players = 3;
        var mssp = new MsspVariables(settings, () => new MsspPorts(7777, 7778), () => players, clock);
        players = 5;

        Dictionary<string, string> variables = mssp.Variables().ToDictionary(v => v.Key, v => v.Value);

        Assert.Equal("Dusk", variables["NAME"]);
        Assert.Equal("5", variables["PLAYERS"]);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), variables["UPTIME"]);
        Assert.Equal(("7777", "7778"), (variables["PORT"], variables["SSL"]));
        Assert.Equal(("ActorMoo", "-1"), (variables["CODEBASE"], variables["CRAWL DELAY"]));
        Assert.Equal(("1", "1", "0"), (variables["GMCP"], variables["MCCP"], variables["MXP"]));
        Assert.Equal("Fantasy", variables["GENRE"]);
        Assert.False(variables.ContainsKey("WEBSITE"));
    }
}
