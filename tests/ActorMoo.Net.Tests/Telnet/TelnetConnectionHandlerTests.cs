using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet;

/// <summary>End to end over loopback TCP through Kestrel (<see cref="TelnetServer"/>), with a probe as the session region.</summary>
public sealed class TelnetConnectionHandlerTests(ITestOutputHelper output) : ActorTestKit(output, new TestKitOptions { UseVirtualTime = false })
{
    private async Task<(TelnetServer Server, TestProbe Sessions)> StartAsync(TelnetServerOptions options, X509Certificate2? certificate = null)
    {
        TestProbe sessions = CreateTestProbe("sessions");
        ILoggerFactory loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        TelnetServer server = await TelnetServer.StartAsync(
            new TelnetEndpoints(IPAddress.Loopback, 0, 0, certificate), options, new SessionEndpoint(Sys, sessions.Ref), () => 42, TimeProvider.System, loggers);
        return (server, sessions);
    }

    private static async Task<string> ReadUntilAsync(Stream stream, string expected)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TestKitDefaults.ExpectTimeout);
        while (!text.ToString().Contains(expected, StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        return text.ToString();
    }

    [Fact]
    public async Task A_client_over_loopback_must_negotiate_send_lines_and_receive_output()
    {
        (TelnetServer server, TestProbe sessions) = await StartAsync(new TelnetServerOptions());
        await using (server)
        {
            int port = server.Port;
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            NetworkStream stream = tcp.GetStream();

            OpenSession open = await sessions.ExpectMsgAsync<OpenSession>();
            Assert.Equal(new ConnectionInfo("telnet", "127.0.0.1"), open.Connection);
            await stream.WriteAsync(new byte[] { 255, 251, 31, 255, 250, 31, 0, 100, 0, 30, 255, 240 });
            await stream.WriteAsync("connect wizard secret\r\n"u8.ToArray());

            Assert.Equal(100, (await sessions.ExpectMsgAsync<TerminalChanged>()).Terminal.Width);
            Assert.Equal("connect wizard secret", (await sessions.ExpectMsgAsync<Input>()).Line);
            open.Client.Tell(new Output(open.SessionId, "Welcome, wizard."));
            Assert.Contains("Welcome, wizard.\r\n", await ReadUntilAsync(stream, "Welcome"), StringComparison.Ordinal);

            await stream.WriteAsync(new byte[] { 255, 253, 70 });
            string mssp = await ReadUntilAsync(stream, "\u0001MSSP\u00021");
            Assert.Contains("\u0001PLAYERS\u000242", mssp, StringComparison.Ordinal);
            Assert.Contains($"\u0001PORT\u0002{port}", mssp, StringComparison.Ordinal);

            tcp.Close();
            Assert.Equal(open.SessionId, (await sessions.FishForMessageAsync<SessionClosed>(_ => true)).SessionId);
        }
    }

    [Fact]
    public async Task Connections_beyond_the_per_address_limit_must_be_told_and_closed()
    {
        (TelnetServer server, TestProbe sessions) = await StartAsync(new TelnetServerOptions { MaxConnectionsPerAddress = 1 });
        await using (server)
        {
            int port = server.Port;
            using var first = new TcpClient();
            await first.ConnectAsync(IPAddress.Loopback, port);
            await sessions.ExpectMsgAsync<OpenSession>();
            using var second = new TcpClient();
            await second.ConnectAsync(IPAddress.Loopback, port);

            string refused = await ReadUntilAsync(second.GetStream(), "\n");

            Assert.Contains("Too many connections from your address", refused, StringComparison.Ordinal);
            Assert.Equal(0, await second.GetStream().ReadAsync(new byte[16]));
        }
    }

    [Fact]
    public async Task A_tls_listener_must_carry_the_same_protocol()
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using X509Certificate2 certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        (TelnetServer server, TestProbe sessions) = await StartAsync(new TelnetServerOptions(), certificate);
        await using (server)
        {
            int port = server.TlsPort;
            Assert.NotEqual(server.Port, port);
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            await using var tls = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);
            await tls.AuthenticateAsClientAsync("localhost");

            OpenSession open = await sessions.ExpectMsgAsync<OpenSession>();
            open.Client.Tell(new Output(open.SessionId, "secret handshake"));

            Assert.Equal("telnet+tls", open.Connection.Protocol);
            Assert.Contains("secret handshake", await ReadUntilAsync(tls, "secret handshake"), StringComparison.Ordinal);
        }
    }
}
