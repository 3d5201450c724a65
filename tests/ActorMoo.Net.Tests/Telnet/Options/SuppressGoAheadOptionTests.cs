using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class SuppressGoAheadOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    [Fact]
    public async Task Sga_must_be_agreed_on_request_and_then_prompts_carry_no_ga()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Do, 3));
        await telnet.WaitForNegotiationAsync(T.Will, 3);
        telnet.Client.Tell(new Prompt("telnet-test", "> "));
        telnet.Client.Tell(new Output("telnet-test", "marker"));

        RecordingTelnetSink received = await telnet.WaitForTextAsync("marker");
        Assert.DoesNotContain("cmd:249", received.Events);
    }
}
