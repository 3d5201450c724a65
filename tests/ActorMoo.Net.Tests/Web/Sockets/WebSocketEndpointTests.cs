using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Web.Support;
using ActorMoo.Net.Web.Sockets;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Sockets;

public sealed class WebSocketEndpointTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_connection_without_token_must_open_a_session_on_the_login_screen_in_html()
    {
        using var socket = await ConnectAsync();

        var open = await ExpectMsgAsync<OpenSession>(Patience);
        Assert.StartsWith("web-", open.SessionId);
        Assert.Equal(ColorSupport.Html, open.Terminal.Color);
        Assert.Equal("websocket", open.Connection.Protocol);
        Assert.Equal("127.0.0.1", open.Connection.RemoteAddress);
        var welcome = await ReceiveUntilAsync(socket, "text");
        Assert.Contains("Welcome to the test world", welcome.GetProperty("html").GetString());
    }

    [Fact]
    public async Task Typing_look_must_send_input_and_show_the_room()
    {
        using var socket = await ConnectAsync();
        var open = await ExpectMsgAsync<OpenSession>(Patience);

        await SendAsync(socket, """{"type":"input","line":"look"}""");

        Assert.Equal(new Input(open.SessionId, "look"), await ExpectMsgAsync<Input>(Patience));
        var room = await ReceiveUntilAsync(socket, "text", f => f.GetProperty("html").GetString()!.Contains(ScriptedSessions.RoomName));
        Assert.Contains(ScriptedSessions.RoomDescription, room.GetProperty("html").GetString());
        Assert.Equal("&gt; ", (await ReceiveUntilAsync(socket, "prompt")).GetProperty("html").GetString());
    }

    [Fact]
    public async Task A_connection_with_a_token_must_open_a_session_logged_in_as_its_player()
    {
        var token = await LogInAsync("Alice");
        var player = Server.Tokens.Validate(token)!.Player;

        using var socket = await ConnectAsync(token);

        var open = await ExpectMsgAsync<AuthenticatedOpen>(Patience);
        Assert.Equal(player, open.Player);
        Assert.Contains($"Connected as #{player}", (await ReceiveUntilAsync(socket, "text")).GetProperty("html").GetString());
    }

    [Fact]
    public async Task A_connection_with_a_bad_token_must_be_refused_with_401_before_any_session_opens()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new UriBuilder(Server.Address) { Scheme = "ws", Path = WebSocketEndpoint.Path, Query = "token=forged" }.Uri;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task A_plain_http_request_must_get_a_json_400()
    {
        var response = await Http.GetAsync(WebSocketEndpoint.Path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("websocket", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Closing_the_socket_must_close_the_session()
    {
        var socket = await ConnectAsync();
        var open = await ExpectMsgAsync<OpenSession>(Patience);

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        var closed = await ExpectMsgAsync<SessionClosed>(Patience);
        Assert.Equal(open.SessionId, closed.SessionId);
        socket.Dispose();
    }

    [Fact]
    public async Task A_disconnect_from_the_world_must_show_its_reason_and_close_the_socket()
    {
        using var socket = await ConnectAsync();
        await ExpectMsgAsync<OpenSession>(Patience);

        await SendAsync(socket, """{"type":"input","line":"@quit"}""");

        var last = await ReceiveUntilAsync(socket, "disconnect");
        Assert.Contains("Goodbye.", last.GetProperty("html").GetString());
        Assert.Null(await ReceiveAsync(socket));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Fact]
    public async Task Oob_frames_must_travel_both_ways_as_json()
    {
        using var socket = await ConnectAsync();
        var open = await ExpectMsgAsync<OpenSession>(Patience);

        await SendAsync(socket, """{"type":"oob","package":"Core.Hello","data":{"client":"test"}}""");

        Assert.Equal(new ClientOob(open.SessionId, "Core.Hello", """{"client":"test"}"""), await ExpectMsgAsync<ClientOob>(Patience));
        var echo = await ReceiveUntilAsync(socket, "oob");
        Assert.Equal("Echo.Core.Hello", echo.GetProperty("package").GetString());
        Assert.Equal("test", echo.GetProperty("data").GetProperty("client").GetString());
    }

    [Fact]
    public async Task A_resize_frame_must_change_the_terminal_size()
    {
        using var socket = await ConnectAsync();
        var open = await ExpectMsgAsync<OpenSession>(Patience);

        await SendAsync(socket, """{"type":"resize","width":132,"height":50}""");

        var changed = await ExpectMsgAsync<TerminalChanged>(Patience);
        Assert.Equal(open.Terminal with { Width = 132, Height = 50 }, changed.Terminal);
    }

    [Fact]
    public async Task A_bad_frame_must_be_answered_with_an_error_frame_and_keep_the_connection()
    {
        using var socket = await ConnectAsync();
        await ExpectMsgAsync<OpenSession>(Patience);

        await SendAsync(socket, "this is not json");

        Assert.Contains("JSON", (await ReceiveUntilAsync(socket, "error")).GetProperty("message").GetString());
        await SendAsync(socket, """{"type":"input","line":"look"}""");
        await ReceiveUntilAsync(socket, "text", f => f.GetProperty("html").GetString()!.Contains(ScriptedSessions.RoomName));
    }

    [Fact]
    public async Task A_frame_larger_than_the_limit_must_close_the_connection_and_the_session()
    {
        using var socket = await ConnectAsync();
        var open = await ExpectMsgAsync<OpenSession>(Patience);

        await SendAsync(socket, $$"""{"type":"input","line":"{{new string('x', Settings.MaxFrameBytes)}}"}""");

        while (await ReceiveAsync(socket) is not null)
        {
        }
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, socket.CloseStatus);
        Assert.Equal(open.SessionId, (await ExpectMsgAsync<SessionClosed>(Patience)).SessionId);
    }

    [Fact]
    public async Task Stopping_the_server_must_close_open_sessions()
    {
        using var socket = await ConnectAsync();
        var open = await ExpectMsgAsync<OpenSession>(Patience);

        await Server.StopAsync();

        Assert.Equal(open.SessionId, (await ExpectMsgAsync<SessionClosed>(Patience)).SessionId);
    }
}
