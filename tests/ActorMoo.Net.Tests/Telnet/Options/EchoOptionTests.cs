using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class EchoOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    [Fact]
    public async Task Hiding_input_must_send_will_echo_before_the_password_prompt_and_wont_echo_after()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        telnet.Client.Tell(new InputEcho("telnet-test", Hidden: true));
        telnet.Client.Tell(new Prompt("telnet-test", "Password: "));
        await telnet.WaitForNegotiationAsync(T.Will, 1);
        await telnet.SendAsync(T.Neg(T.Do, 1));
        telnet.Client.Tell(new InputEcho("telnet-test", Hidden: false));

        RecordingTelnetSink received = await telnet.WaitForNegotiationAsync(T.Wont, 1);
        int will = received.Events.IndexOf("neg:251:1");
        int prompt = received.Events.FindIndex(e => e.StartsWith("data:", StringComparison.Ordinal) && e.Contains(Convert.ToHexString("Password"u8), StringComparison.Ordinal));
        Assert.True(will < prompt, string.Join(" ", received.Events));
    }

    [Fact]
    public async Task A_client_asking_the_server_to_echo_unprompted_must_be_refused()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Neg(T.Do, 1), .. T.Neg(T.Will, 1)]);

        await telnet.WaitForNegotiationAsync(T.Wont, 1);
        await telnet.WaitForNegotiationAsync(T.Dont, 1);
    }
}
