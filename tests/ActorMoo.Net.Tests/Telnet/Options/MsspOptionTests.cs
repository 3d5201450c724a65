using System.Text;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class MsspOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    [Fact]
    public async Task A_crawler_saying_do_mssp_must_get_the_variables_once()
    {
        var mssp = new FixedMssp(("NAME", "Test World"), ("PLAYERS", "3"), ("PORT", "7777"));
        await using var telnet = new TelnetPipeHarness(this, mssp: mssp);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Neg(T.Do, 70), .. T.Neg(T.Do, 70)]);

        byte[] payload = await telnet.WaitForSubnegotiationAsync(70, _ => true, "the MSSP table");
        Assert.Equal("\u0001NAME\u0002Test World\u0001PLAYERS\u00023\u0001PORT\u00027777", Encoding.UTF8.GetString(payload));
        await telnet.SendLineAsync("sync");
        await telnet.Sessions.FishForMessageAsync<Actors.Sessions.Protocol.Input>(_ => true);
        Assert.Single(telnet.Received().Subnegotiations, s => s.Option == 70);
    }
}
