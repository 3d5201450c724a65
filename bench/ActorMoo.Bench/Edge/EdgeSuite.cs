using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ActorMoo.Bench.Harness;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Bench.Edge;

/// <summary>
/// Suite <c>edge</c>: line echo through the telnet edge (Kestrel → telnet parsing → session
/// actor → rendering → bounded queue → writer) against a bare Kestrel line echo in the same run
/// (goal ≥ 0.6×), the memory of idle telnet connections (goal ≤ 300 MB for 10,000), and whole
/// commands over telnet against the real server (<see cref="WorldOverTelnet"/>).
/// </summary>
public sealed class EdgeSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "edge";

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        await using ActorSystem system = ActorSystem.Create("edge-bench");
        var endpoint = new SessionEndpoint(system, system.ActorOf(Props.Create(() => new EchoSessions()), "sessions"));
        var options = new TelnetServerOptions { InputRate = 1_000_000, InputBurst = 1_000_000, MaxConnectionsPerAddress = 100_000 };
        await using TelnetServer telnet = await TelnetServer.StartAsync(
            new TelnetEndpoints(IPAddress.Loopback, 0), options, endpoint, null, TimeProvider.System, NullLoggerFactory.Instance);
        await using RawEchoServer raw = await RawEchoServer.StartAsync();

        // Memory first: the echo runs leave garbage and grown pools behind that would blur the growth.
        await IdleConnectionsAsync(context, telnet, context.Size(2_000, 9_000));

        TimeSpan duration = context.Size(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
        foreach (int connections in new[] { 1, 32 })
        {
            // Interleaved so that load from other processes hits both alike.
            double rawRate = await LineEchoLoad.RunAsync(raw.Port, connections, duration, window: 16);
            double edgeRate = await LineEchoLoad.RunAsync(telnet.Port, connections, duration, window: 16);
            context.Report($"echo.lines-per-second.{connections}-connections", edgeRate, "lines/s", rawRate);
        }

        await WorldOverTelnet.RunAsync(context, raw.Port);
    }

    /// <summary>
    /// Opens <paramref name="count"/> idle connections (clients in this process too: the file
    /// descriptor limit of 20,000 allows 9,000 pairs, so 10,000 is extrapolated) and reports the
    /// growth of the process's resident memory, per connection and scaled to 10,000.
    /// </summary>
    private static async Task IdleConnectionsAsync(BenchContext context, TelnetServer telnet, int count)
    {
        long before = SettledRss();
        var clients = new List<Socket>(count);
        try
        {
            for (int i = 0; i < count; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, telnet.Port);
                clients.Add(socket);
            }

            while (telnet.Registry.OpenConnections < count)
            {
                await Task.Delay(50);
            }

            await Task.Delay(500);
            long after = SettledRss();
            double perConnection = (after - before) / (double)count;
            context.Report($"idle.rss-growth.{count}-connections", (after - before) / 1048576.0, "MB");
            context.Report("idle.rss-per-connection", perConnection / 1024.0, "KB");
            context.Report("idle.rss-total.10000-connections-estimated", (before + (perConnection * 10_000)) / 1048576.0, "MB");
        }
        finally
        {
            foreach (Socket socket in clients)
            {
                socket.Dispose();
            }
        }
    }

    private static long SettledRss()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
