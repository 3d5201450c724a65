using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class NawsOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    [Fact]
    public async Task The_window_size_must_reach_the_session_and_wrap_the_output()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Neg(T.Will, 31), .. T.Sub(31, 0, 20, 0, 50)]);

        TerminalChanged changed = await telnet.Sessions.ExpectMsgAsync<TerminalChanged>();
        Assert.Equal((20, 50), (changed.Terminal.Width, changed.Terminal.Height));
        telnet.Client.Tell(new Output("telnet-test", "the quick brown fox jumps over the lazy dog"));
        await telnet.WaitForTextAsync("the quick brown fox\r\njumps over the lazy\r\ndog\r\n");
    }

    [Fact]
    public async Task A_dimension_of_255_must_arrive_escaped_and_be_read_whole()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Neg(T.Will, 31), T.Iac, T.Sb, 31, 0, 255, 255, 0, 30, T.Iac, T.Se]);

        Assert.Equal(255, (await telnet.Sessions.ExpectMsgAsync<TerminalChanged>()).Terminal.Width);
    }

    [Fact]
    public async Task A_malformed_or_unagreed_window_size_must_be_ignored()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Sub(31, 0, 100, 0, 40), .. T.Neg(T.Will, 31), .. T.Sub(31, 0, 100, 0)]);
        await telnet.SendLineAsync("after");

        Assert.Equal("after", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
        await telnet.Sessions.ExpectNoMsgAsync();
    }
}
