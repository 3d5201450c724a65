using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ActorMoo.Host.Node;
using ActorMoo.Host.Telnet;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Telnet;

/// <summary>
/// End to end over loopback: a real node (world, sessions, telnet edge) and a MUD client that
/// negotiates GMCP and NAWS, logs in, walks and receives a GMCP package sent by a verb.
/// </summary>
public sealed partial class TelnetLifetimeTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_mud_client_must_negotiate_log_in_walk_and_receive_gmcp()
    {
        var environment = new Dictionary<string, string> { ["ACTORMOO_WIZARD_PASSWORD"] = "Telnet-pw-1" };
        using IHost host = NodeHost.CreateBuilder(TestEnvironment.NodeContext(_directory.Path, environment)).Build();
        using var timeout = new CancellationTokenSource(Generous);
        await host.StartAsync(timeout.Token);
        try
        {
            int port = host.Services.GetRequiredService<TelnetLifetime>().Server.Port;
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var client = new Client(tcp.GetStream(), timeout.Token);

            await client.ReadUntilAsync("connect");
            Assert.Contains(client.Negotiations, n => n.SequenceEqual(new byte[] { 255, 251, 201 }));
            await client.SendAsync([255, 253, 201, 255, 251, 31, 255, 250, 31, 0, 120, 0, 40, 255, 240]);
            await client.SendAsync([255, 250, 201, .. "Core.Hello {\"client\":\"xunit\",\"version\":\"1\"}"u8, 255, 240]);
            await client.SendAsync("connect wizard Telnet-pw-1\r\n"u8.ToArray());
            Assert.Contains("*** Connected ***", await client.ReadUntilAsync("*** Connected ***"), StringComparison.Ordinal);

            await client.SendAsync("north\r\n"u8.ToArray());
            string walked = await client.ReadUntilPromptAsync();
            Assert.DoesNotContain("can't go", walked, StringComparison.OrdinalIgnoreCase);

            Assert.Contains("\"exits\":", await client.ReadGmcpAsync("Room.Info"), StringComparison.Ordinal); // the starter core's

            // The starter core sends its own Room.Info and Char.* packages; this one is the verb's alone.
            await client.SendAsync(";gmcp(player, \"Test.Echo\", {num = 7, name = \"Test\"})\r\n"u8.ToArray());
            string package = await client.ReadGmcpAsync("Test.Echo");
            Assert.Equal("Test.Echo {\"name\":\"Test\",\"num\":7}", package);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>A minimal MUD client: collects text, negotiations and GMCP messages from the raw stream.</summary>
    private sealed partial class Client(NetworkStream stream, CancellationToken cancellationToken)
    {
        private readonly List<byte> _received = [];

        private int _textSeen;

        public List<byte[]> Negotiations { get; } = [];

        public Task SendAsync(byte[] bytes) => stream.WriteAsync(bytes, cancellationToken).AsTask();

        /// <summary>Reads until the text since the last call contains <paramref name="expected"/>; returns that text.</summary>
        public Task<string> ReadUntilAsync(string expected) => ReadTextAsync(text => text.Contains(expected, StringComparison.Ordinal));

        /// <summary>Reads until the server ends a prompt (IAC GA or IAC EOR).</summary>
        public async Task<string> ReadUntilPromptAsync()
        {
            int start = _received.Count;
            while (!Tail(start).Any(b => b is 249 or 239))
            {
                await ReadMoreAsync();
            }

            return Text(Tail(start));
        }

        public async Task<string> ReadGmcpAsync(string package)
        {
            while (true)
            {
                foreach (Match match in GmcpPattern().Matches(Encoding.Latin1.GetString([.. _received])))
                {
                    string message = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(match.Groups[1].Value));
                    if (message.StartsWith(package, StringComparison.Ordinal))
                    {
                        return message;
                    }
                }

                await ReadMoreAsync();
            }
        }

        private async Task<string> ReadTextAsync(Func<string, bool> done)
        {
            while (true)
            {
                string text = Text(Tail(_textSeen));
                if (done(text))
                {
                    _textSeen = _received.Count;
                    return text;
                }

                await ReadMoreAsync();
            }
        }

        private List<byte> Tail(int start) => _received.GetRange(start, _received.Count - start);

        private async Task ReadMoreAsync()
        {
            var buffer = new byte[8192];
            int read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException("The server closed the connection. Received: " + Text(_received));
            }

            _received.AddRange(buffer.AsSpan(0, read).ToArray());
            for (int i = 0; i + 2 < _received.Count; i++)
            {
                if (_received[i] == 255 && _received[i + 1] is >= 251 and <= 254 && !Negotiations.Any(n => n.SequenceEqual(_received.GetRange(i, 3))))
                {
                    Negotiations.Add([.. _received.GetRange(i, 3)]);
                }
            }
        }

        /// <summary>The printable text of <paramref name="bytes"/>: telnet commands and subnegotiations removed.</summary>
        private static string Text(List<byte> bytes)
        {
            string latin = Encoding.Latin1.GetString([.. bytes]);
            latin = SubnegotiationPattern().Replace(latin, "");
            latin = CommandPattern().Replace(latin, "");
            return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(latin));
        }

        [GeneratedRegex("\u00ff\u00fa\u00c9(.*?)\u00ff\u00f0", RegexOptions.Singleline)]
        private static partial Regex GmcpPattern();

        [GeneratedRegex("\u00ff\u00fa.*?\u00ff\u00f0", RegexOptions.Singleline)]
        private static partial Regex SubnegotiationPattern();

        [GeneratedRegex("\u00ff[\u00fb-\u00fe].|\u00ff[\u00ef-\u00f9]", RegexOptions.Singleline)]
        private static partial Regex CommandPattern();
    }
}
