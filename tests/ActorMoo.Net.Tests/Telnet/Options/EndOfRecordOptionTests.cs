using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class EndOfRecordOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    [Fact]
    public async Task Once_eor_is_accepted_prompts_must_end_with_iac_eor_instead_of_ga()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Do, 25));
        await telnet.SyncInputAsync();
        telnet.Client.Tell(new Prompt("telnet-test", "hp 10> "));

        RecordingTelnetSink received = await telnet.WaitForAsync(r => r.Events.Contains("cmd:239"), "IAC EOR");
        Assert.Equal("cmd:239", received.Events[^1]);
        Assert.DoesNotContain("cmd:249", received.Events);
        Assert.Single(received.Negotiations, n => n == (T.Will, 25));
    }
}
