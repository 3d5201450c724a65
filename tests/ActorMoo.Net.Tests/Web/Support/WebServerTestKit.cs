using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Web;
using ActorMoo.Net.Web.Sockets;
using ActorMoo.Net.Web.Stats;
using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Support;

/// <summary>
/// A web server on a free loopback port over <see cref="ScriptedSessions"/> and
/// <see cref="InMemoryWebAccounts"/>; the test actor sees every session message the edge sends.
/// </summary>
public abstract class WebServerTestKit : ActorTestKit
{
    internal static readonly WorldCounts Counts = new(Objects: 42, Rooms: 7, PlayersOnline: 3, CommandsServed: 1234);

    private WebServer? _server;
    private HttpClient? _http;

    protected WebServerTestKit(ITestOutputHelper output)
        : base(output)
    {
    }

    /// <summary>The settings the server starts with; tests override single values.</summary>
    protected virtual WebSettings Settings => new() { AccountRequestWindow = TimeSpan.FromHours(1), AccountRequestsPerWindow = 1000 };

    /// <summary>The server's clock; tests of pacing use the test kit's manual clock.</summary>
    protected virtual TimeProvider ServerTime => TimeProvider.System;

    internal InMemoryWebAccounts Accounts { get; } = new();

    internal FixedWorldStats Stats { get; } = new(Counts);

    protected WebServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    protected HttpClient Http => _http ?? throw new InvalidOperationException("The server has not started.");

    protected IActorRef Sessions { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Sessions = Sys.ActorOf(ScriptedSessions.Props(TestActor.Ref), "sessions");
        var services = new WebServerServices(new SessionEndpoint(Sys, Sessions), Accounts, Stats, ServerTime, Sys.LoggerFactory);
        _server = await WebServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), Settings, services);
        _http = new HttpClient { BaseAddress = _server.Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public override async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    /// <summary>Registers and logs in <paramref name="name"/>; returns the token.</summary>
    protected async Task<string> LogInAsync(string name, string password = "secret1")
    {
        if (!Accounts.Exists(name))
            (await Http.PostAsJsonAsync("/api/register", new { name, password })).EnsureSuccessStatusCode();
        var response = await Http.PostAsJsonAsync("/api/auth", new { name, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>Opens a websocket to the server, with a token when given.</summary>
    protected async Task<ClientWebSocket> ConnectAsync(string? token = null)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(Server.Address) { Scheme = "ws", Path = WebSocketEndpoint.Path, Query = token is null ? "" : "token=" + Uri.EscapeDataString(token) }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await socket.ConnectAsync(uri, timeout.Token);
        return socket;
    }

    protected static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next frame, parsed; null when the server closed the socket.</summary>
    protected static async Task<JsonElement?> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var buffer = new byte[64 * 1024];
        int length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            length += result.Count;
        }
        while (!result.EndOfMessage);
        if (result.MessageType == WebSocketMessageType.Close)
            return null;
        using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
        return document.RootElement.Clone();
    }

    /// <summary>Frames until one of <paramref name="type"/> arrives; returns it.</summary>
    protected static async Task<JsonElement> ReceiveUntilAsync(WebSocket socket, string type, Func<JsonElement, bool>? predicate = null)
    {
        while (true)
        {
            var frame = await ReceiveAsync(socket) ?? throw new InvalidOperationException($"The server closed the socket before a '{type}' frame.");
            if (frame.GetProperty("type").GetString() == type && (predicate is null || predicate(frame)))
                return frame;
        }
    }
}
