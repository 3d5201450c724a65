using System.IO.Pipelines;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet;

public sealed class TelnetConnectionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    private static TelnetServerOptions Unthrottled() => new() { InputBurst = 1_000_000, InputRate = 1_000_000 };

    [Fact]
    public async Task Connection_must_open_a_session_and_offer_its_options_once()
    {
        await using var telnet = new TelnetPipeHarness(this);

        OpenSession open = await telnet.OpenedAsync();
        RecordingTelnetSink received = await telnet.WaitForAsync(r => r.Negotiations.Count >= 8, "the opening offers");

        Assert.Equal("telnet-test", open.SessionId);
        Assert.Equal(TerminalCapabilities.Default, open.Terminal);
        Assert.Equal(
            [(T.Do, 24), (T.Do, 31), (T.Do, 39), (T.Will, 42), (T.Will, 25), (T.Will, 201), (T.Will, 70), (T.Will, 86)],
            received.Negotiations);
    }

    [Fact]
    public async Task Typed_lines_must_reach_the_session_as_input_in_order()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync("look\r\nsay h"u8.ToArray());
        await telnet.SendAsync("i\r\n"u8.ToArray());

        Assert.Equal("look", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
        Assert.Equal("say hi", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
    }

    [Fact]
    public async Task Session_output_must_be_rendered_with_telnet_line_endings()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        telnet.Client.Tell(new Output("telnet-test", "{b}Hello{/b}\nthere"));

        await telnet.WaitForTextAsync("Hello\r\nthere\r\n");
    }

    [Fact]
    public async Task Output_after_a_prompt_must_start_on_a_new_line_and_the_prompt_must_end_with_ga()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        telnet.Client.Tell(new Prompt("telnet-test", "> "));
        telnet.Client.Tell(new Output("telnet-test", "news"));

        RecordingTelnetSink received = await telnet.WaitForTextAsync("news");
        Assert.Contains("> \r\nnews\r\n", received.Text, StringComparison.Ordinal);
        Assert.Contains("cmd:249", received.Events);
    }

    [Fact]
    public async Task Unknown_options_must_be_refused_once_per_request_and_refusals_not_answered()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Neg(T.Will, 99), .. T.Neg(T.Do, 98), .. T.Neg(T.Wont, 97), .. T.Neg(T.Dont, 96)]);
        await telnet.SyncInputAsync();
        telnet.Client.Tell(new Output("telnet-test", "marker"));

        RecordingTelnetSink received = await telnet.WaitForTextAsync("marker");
        Assert.Contains((T.Dont, (byte)99), received.Negotiations);
        Assert.Contains((T.Wont, (byte)98), received.Negotiations);
        Assert.DoesNotContain(received.Negotiations, n => n.Option is 97 or 96);
    }

    [Fact]
    public async Task A_negotiation_storm_must_not_make_the_server_repeat_itself()
    {
        await using var telnet = new TelnetPipeHarness(this, Unthrottled());
        await telnet.OpenedAsync();

        for (int i = 0; i < 200; i++)
        {
            await telnet.SendAsync([.. T.Neg(T.Do, 25), .. T.Neg(T.Will, 31)]);
        }

        await telnet.SyncInputAsync();
        telnet.Client.Tell(new Output("telnet-test", "marker"));
        RecordingTelnetSink received = await telnet.WaitForTextAsync("marker");
        Assert.Single(received.Negotiations, n => n == (T.Will, 25));
        Assert.Single(received.Negotiations, n => n == (T.Do, 31));
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_must_be_cut_and_the_player_told()
    {
        await using var telnet = new TelnetPipeHarness(this, new TelnetServerOptions { MaxLineLength = 10 });
        await telnet.OpenedAsync();

        await telnet.SendLineAsync(new string('a', 50));

        Assert.Equal(new string('a', 10), (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
        await telnet.WaitForTextAsync("Your line was too long: only its first 10 characters were used.");
    }

    [Fact]
    public async Task Bytes_that_are_not_text_must_never_reach_the_world()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([(byte)'a', 0, 0x1b, (byte)'[', 0xff, 0xff, 0xc3, 0x28, 0x07, (byte)'b', 13, 0, (byte)'c', 13, 10]);

        Assert.Equal("a[\uFFFD\uFFFD(b", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
        Assert.Equal("c", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
    }

    [Fact]
    public async Task A_disconnect_from_the_session_must_say_its_reason_and_close()
    {
        var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        telnet.Client.Tell(new Disconnect("telnet-test", "{red}Goodbye.{/red}"));

        await telnet.Run.WaitAsync(TestKitDefaults.ExpectTimeout);
        await telnet.WaitForTextAsync("Goodbye.\r\n");
        Assert.Equal("telnet-test", (await telnet.Sessions.ExpectMsgAsync<SessionClosed>()).SessionId);
        await telnet.DisposeAsync();
    }

    [Fact]
    public async Task A_client_hanging_up_must_close_the_session()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.HangUpAsync();

        SessionClosed closed = await telnet.Sessions.FishForMessageAsync<SessionClosed>(_ => true);
        Assert.Equal("client closed the connection", closed.Reason);
    }

    [Fact]
    public async Task A_client_that_does_not_read_must_be_disconnected_with_a_log_line()
    {
        var options = new TelnetServerOptions { OutboundQueueLimit = 4 };
        var slowPipe = new PipeOptions(pauseWriterThreshold: 64, resumeWriterThreshold: 32);
        await using var telnet = new TelnetPipeHarness(this, options, clientPipe: slowPipe);
        await telnet.OpenedAsync();

        for (int i = 0; i < 200; i++)
        {
            telnet.Client.Tell(new Output("telnet-test", new string('x', 100)));
        }

        await telnet.Run.WaitAsync(TestKitDefaults.ExpectTimeout);
        Assert.True(telnet.Connection.Aborted);
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("reads too slowly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Input_faster_than_the_rate_must_be_slowed_down_not_dropped()
    {
        var options = new TelnetServerOptions { InputRate = 1, InputBurst = 2 };
        await using var telnet = new TelnetPipeHarness(this, options, time: Clock);
        await telnet.OpenedAsync();

        await telnet.SendAsync("1\r\n2\r\n3\r\n4\r\n"u8.ToArray());
        for (int i = 1; i <= 4; i++)
        {
            Assert.Equal($"{i}", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
        }

        await telnet.SendLineAsync("5");
        await telnet.Sessions.ExpectNoMsgAsync();
        Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("5", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
    }
}
