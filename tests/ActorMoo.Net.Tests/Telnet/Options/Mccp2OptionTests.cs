using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class Mccp2OptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    private static readonly byte[] s_start = [255, 250, 86, 255, 240];

    [Fact]
    public async Task A_do_split_across_reads_must_start_compression_exactly_once_after_the_start_sequence()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(255);
        await telnet.SendAsync(253);
        await telnet.SendAsync(86);
        await telnet.SendAsync(255, 253, 86);
        await telnet.SyncInputAsync();
        telnet.Client.Tell(new Output("telnet-test", "squeezed text squeezed text squeezed text"));

        await telnet.WaitForTextAsync("squeezed text squeezed text squeezed text\r\n");
        byte[] raw = telnet.RawReceived();
        int start = raw.AsSpan().IndexOf(s_start);
        Assert.True(start > 0);
        Assert.Equal(-1, raw.AsSpan(start + 1).IndexOf(s_start));
        Assert.Equal(0x78, raw[start + s_start.Length]);
        Assert.Equal(-1, raw.AsSpan().IndexOf("squeezed"u8));
    }

    [Fact]
    public async Task Dont_after_start_must_end_the_stream_and_later_output_must_be_plain()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(255, 253, 86);
        await telnet.SyncInputAsync();
        telnet.Client.Tell(new Output("telnet-test", "compressed"));
        await telnet.WaitForTextAsync("compressed");
        await telnet.SendAsync(255, 254, 86);
        await telnet.SyncInputAsync();
        telnet.Client.Tell(new Output("telnet-test", "plain again"));

        await telnet.WaitForAsync(_ => telnet.RawReceived().AsSpan().IndexOf("plain again"u8) >= 0, "plain text after the stream ended");
    }

    [Fact]
    public async Task Compression_turned_off_must_refuse_mccp2()
    {
        await using var telnet = new TelnetPipeHarness(this, new TelnetServerOptions { Compression = false });
        await telnet.OpenedAsync();

        await telnet.SendAsync(255, 253, 86);

        await telnet.WaitForNegotiationAsync(T.Wont, 86);
        Assert.DoesNotContain((T.Will, (byte)86), telnet.Received().Negotiations);
    }
}
