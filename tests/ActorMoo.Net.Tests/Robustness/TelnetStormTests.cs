using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ActorMoo.LoadGen.Client;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Robustness;

/// <summary>Runs the storm alone: thousands of sockets and a saturated CPU would starve the other tests, and they it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StormCollection
{
    public const string Name = "Storm";
}

/// <summary>
/// Issue 7 §6, against the real telnet server over loopback with the whole world in this process:
/// 1,000 clients sending random bytes, 100 slow-loris clients and 10,000 idle clients neither crash
/// the server nor stop a normal player's commands from being answered, and when they go the server
/// lets go of them. Figures (connections, bytes, RSS) go to the test output; none is asserted
/// against a time.
/// </summary>
[Collection(StormCollection.Name)]
public sealed class TelnetStormTests(ITestOutputHelper output)
{
    private const int IdleAddresses = 20;
    private const int IdlePerAddress = 500;
    private const int Idle = IdleAddresses * IdlePerAddress;
    private const int RandomClients = 1000;
    private const int SlowLoris = 100;

    /// <summary>Far beyond what a storm on a loaded machine needs; reached only when something is broken.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>"Memory does not explode": a generous ceiling for the whole test process at the storm's height.</summary>
    private const long MemoryCeiling = 2L * 1024 * 1024 * 1024;

    [Fact]
    public async Task A_player_must_be_answered_while_random_slow_and_idle_connections_storm_the_server()
    {
        // This process holds the server end of every connection and the client end of all but the idle ones.
        FileDescriptorLimit.EnsureAtLeast(Idle + (2 * (RandomClients + SlowLoris)) + 1024, "The telnet storm test");
        var logs = new ServerLogRecorder();
        using ILoggerFactory loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Warning).AddProvider(logs));
        await using InProcessWorld world = await InProcessWorld.StartAsync("telnet-storm");
        // The idle clients fill their addresses to the limit exactly; the other groups stay below it.
        TelnetServer telnet = await world.StartTelnetAsync(new TelnetServerOptions { MaxConnectionsPerAddress = IdlePerAddress }, loggers);
        var server = new IPEndPoint(IPAddress.Loopback, telnet.Port);
        long rssBefore = Rss();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        using var stop = new CancellationTokenSource();
        using var idle = IdleConnectionsProcess.Start(server, Loopback.Address(10), IdleAddresses, IdlePerAddress);
        var random = RandomByteClients.Start(server, RandomClients, [.. Enumerable.Range(40, 10).Select(Loopback.Address)], seed: 7, stop.Token);
        var loris = SlowLorisClients.Start(server, SlowLoris, Loopback.Address(50), seed: 11, stop.Token);
        var stopwatch = Stopwatch.StartNew();

        await idle.WaitUntilHeldAsync(Patience);
        await UntilAsync(() => random.Connected == RandomClients && loris.Connected == SlowLoris, "every random and slow-loris client connected", random.Completion, loris.Completion);
        await UntilAsync(() => telnet.Registry.OpenFrom(Loopback.Address(10).ToString()) == IdlePerAddress, "the server counted every idle client of 127.0.0.10", random.Completion, loris.Completion);
        Log($"storm up after {stopwatch.Elapsed.TotalSeconds:F0}s: {telnet.Registry.OpenConnections} telnet connections open (file-descriptor limit {FileDescriptorLimit.Current})");

        // The per-address limit holds under the storm: a full address is refused with a message.
        using (Socket extra = await Loopback.ConnectAsync(server, Loopback.Address(10), CancellationToken.None))
            Assert.Contains("Too many connections from your address", await ReadToEndAsync(extra), StringComparison.Ordinal);

        // A normal player logs in and is answered while every storm client is still connected and sending.
        using (var during = new CancellationTokenSource(Patience))
        {
            await using MooConnection player = await MooConnection.OpenAsync(server, IPAddress.Loopback, during.Token);
            await player.ReadGreetingAsync(during.Token);
            await player.LogInAsync("Steady", "steady-password", during.Token);
            for (int round = 1; round <= 3; round++)
            {
                Assert.Contains("The Lobby", await player.ExecuteAsync("look", during.Token), StringComparison.Ordinal);
                Assert.Contains($"You say, \"round {round}\"", await player.ExecuteAsync($"say round {round}", during.Token), StringComparison.Ordinal);
            }

            Assert.True(idle.Running, "the idle clients were still connected while the player played");
            Assert.False(random.Completion.IsCompleted || loris.Completion.IsCompleted, "the random and slow-loris clients were still at it while the player played");
            long rssStorm = Rss();
            Log($"player answered after {stopwatch.Elapsed.TotalSeconds:F0}s; {telnet.Registry.OpenConnections} telnet connections open; " +
                $"{random.BytesSent / 1024} KiB of random bytes sent; RSS {Mib(rssBefore)} MiB before the storm, {Mib(rssStorm)} MiB during it");
            Assert.True(rssStorm < MemoryCeiling, $"RSS during the storm was {Mib(rssStorm)} MiB");

            // The storm passes: its clients close, and the server lets go of every connection but the player's.
            await stop.CancelAsync();
            await random.Completion.WaitAsync(Patience);
            await loris.Completion.WaitAsync(Patience);
            await idle.CloseAllAsync(Patience);
            await UntilAsync(() => telnet.Registry.OpenConnections == 1, "only the player's connection left open");
            Log($"storm over after {stopwatch.Elapsed.TotalSeconds:F0}s: the server closed {random.ClosedByServer} random-byte and {loris.ClosedByServer} slow-loris clients itself");

            Assert.Contains("The Lobby", await player.ExecuteAsync("look", during.Token), StringComparison.Ordinal);
            await player.SendAsync("QUIT", during.Token);
        }

        await UntilAsync(() => telnet.Registry.OpenConnections == 0, "no connection left open");
        // The server still accepts: a newcomer gets the login screen.
        using (var after = new CancellationTokenSource(Patience))
        {
            await using MooConnection newcomer = await MooConnection.OpenAsync(server, IPAddress.Loopback, after.Token);
            Assert.Contains("connect", await newcomer.ReadGreetingAsync(after.Token), StringComparison.Ordinal);
        }

        Log($"after the storm: RSS {Mib(Rss())} MiB, managed heap {Mib(GC.GetTotalMemory(forceFullCollection: true))} MiB " +
            $"({Mib(heapBefore)} MiB before the storm); server warnings: {logs.WarningSummary}");
        Assert.Empty(logs.Errors);
    }

    private static async Task UntilAsync(Func<bool> condition, string what, params Task[] failFast)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            // A storm client that failed to connect would otherwise show up only as this wait timing out.
            if (failFast.FirstOrDefault(t => t.IsFaulted) is { } failed)
                await failed;
            if (deadline.Elapsed > Patience)
                throw new TimeoutException($"Waited {Patience} for {what}.");
            await Task.Delay(100);
        }
    }

    private static async Task<string> ReadToEndAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var text = new StringBuilder();
        var buffer = new byte[1024];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, timeout.Token)) > 0)
            text.Append(Encoding.Latin1.GetString(buffer, 0, read));
        return text.ToString();
    }

    private static long Rss()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static long Mib(long bytes) => bytes / (1024 * 1024);

    private void Log(string line) => output.WriteLine(line);
}
