using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Web.Support;
using ActorMoo.Net.Web;
using ActorMoo.Net.Web.Sockets;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Sockets;

/// <summary>The websocket's per-address connection limit (<see cref="WebSettings.MaxConnectionsPerAddress"/>), here two.</summary>
public sealed class WebSocketConnectionLimitTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    protected override WebSettings Settings => base.Settings with { MaxConnectionsPerAddress = 2 };

    [Fact]
    public async Task A_websocket_beyond_the_limit_must_be_refused_with_429_and_a_json_message_before_any_session_opens()
    {
        using var first = await ConnectAsync();
        using var second = await ConnectAsync();
        await ExpectMsgAsync<OpenSession>(Patience);
        await ExpectMsgAsync<OpenSession>(Patience);

        (int status, string body) = await UpgradeAsync();

        Assert.Equal(429, status);
        Assert.Contains("Too many connections from your address (at most 2)", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        Assert.Equal(2, Server.WebSockets.OpenFrom("127.0.0.1"));
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Closing_a_websocket_must_free_its_place()
    {
        using var first = await ConnectAsync();
        using var second = await ConnectAsync();
        var open = await ExpectMsgAsync<OpenSession>(Patience);
        await ExpectMsgAsync<OpenSession>(Patience);

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        await ExpectMsgAsync<SessionClosed>(Patience);
        await AwaitAssertAsync(() => Assert.Equal(1, Server.WebSockets.OpenFrom("127.0.0.1")), Patience);
        using var third = await ConnectAsync();

        Assert.NotEqual(open.SessionId, (await ExpectMsgAsync<OpenSession>(Patience)).SessionId);
    }

    /// <summary>A websocket upgrade request by hand, to read the refusal's status and JSON body (a websocket client shows neither).</summary>
    private async Task<(int Status, string Body)> UpgradeAsync()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Server.Address.Port);
        var stream = tcp.GetStream();
        var request =
            $"GET {WebSocketEndpoint.Path} HTTP/1.1\r\nHost: 127.0.0.1:{Server.Address.Port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n" +
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var timeout = new CancellationTokenSource(Patience);
        var response = new StringBuilder();
        var buffer = new byte[4096];
        // The body is one JSON object, plain or in chunks: the response is complete after its closing brace.
        while (!response.ToString().TrimEnd().EndsWith('}') && !response.ToString().EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
                break;
            response.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        string text = response.ToString();
        int status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        string body = text[text.IndexOf("\r\n\r\n", StringComparison.Ordinal)..];
        return (status, body[body.IndexOf('{', StringComparison.Ordinal)..(body.LastIndexOf('}') + 1)]);
    }
}
