using System.Diagnostics;
using System.Net;
using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Bench.Persistence;
using ActorMoo.LoadGen.Client;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Bench.Edge;

/// <summary>
/// The real server behind the real telnet edge, in this process: the starter core on a fresh SQLite
/// database, object actors, accounts, the session region (<see cref="InProcessServer"/>), and a
/// <see cref="TelnetServer"/> on a loopback port in front of it — what <c>dotnet run --project Host</c>
/// serves, without the host's configuration. Players are the load generator's telnet clients
/// (<see cref="MooConnection"/>), all logged in to the lobby before anything is timed.
/// </summary>
/// <remarks>
/// Two edge limits are lifted, as a benchmark must: the input rate (20 lines/s per connection by
/// default, which would cap a closed loop at 20 commands/s) and the connections per address (10 by
/// default; every client here comes from 127.0.0.1). Everything else is the production default,
/// password hashing included — which is why logging in 100 players takes a while, untimed.
/// </remarks>
internal sealed class TelnetWorld : IAsyncDisposable
{
    private const string Password = "bench-password";

    private readonly BenchStore _store;
    private readonly BenchPersistence _persistence;
    private readonly InProcessServer _server;
    private readonly TelnetServer _telnet;

    private TelnetWorld(BenchStore store, BenchPersistence persistence, InProcessServer server, TelnetServer telnet, IReadOnlyList<MooConnection> players)
    {
        _store = store;
        _persistence = persistence;
        _server = server;
        _telnet = telnet;
        Players = players;
    }

    /// <summary>The logged-in players' connections, all in the lobby.</summary>
    public IReadOnlyList<MooConnection> Players { get; }

    /// <summary>Starts the server and the edge and logs in <paramref name="players"/> new players over telnet, one after another.</summary>
    public static async Task<TelnetWorld> StartAsync(int players)
    {
        var store = BenchStore.Sqlite();
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());
        var persistence = await BenchPersistence.CreateAsync(store, serializer: serializer);
        var server = await InProcessServer.StartAsync(persistence.Runtime, new InProcessServerOptions
        {
            SystemName = "bench-edge-world",
            // Idle passivation off: a slow run on a loaded machine must never measure re-activation.
            Sharding = new ShardingSettings { ShardCount = 100, PassivationIdleTimeout = TimeSpan.Zero },
        });
        var options = new TelnetServerOptions { InputRate = 1_000_000, InputBurst = 1_000_000, MaxConnectionsPerAddress = 100_000 };
        var telnet = await TelnetServer.StartAsync(
            new TelnetEndpoints(IPAddress.Loopback, 0), options, new SessionEndpoint(server.System, server.Sessions.Region),
            () => server.Connected.Count, TimeProvider.System, NullLoggerFactory.Instance);

        var clock = Stopwatch.StartNew();
        var connections = new List<MooConnection>(players);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        // One after another: creating players at once conflicts on the player class (#7), and the
        // password hashing would only compete for the same cores anyway.
        for (var i = 0; i < players; i++)
        {
            var connection = await MooConnection.OpenAsync(new IPEndPoint(IPAddress.Loopback, telnet.Port), null, timeout.Token);
            connections.Add(connection);
            await connection.ReadGreetingAsync(timeout.Token);
            await connection.LogInAsync($"Edger{i}", Password, timeout.Token);
        }

        var world = new TelnetWorld(store, persistence, server, telnet, connections);
        await world.SettleAsync();
        Console.Error.WriteLine($"edge: {players} players logged in over telnet in {clock.Elapsed.TotalSeconds:F1} s (not timed)");
        return world;
    }

    /// <summary>
    /// Sends every player an empty line and reads up to its prompt, so that output still waiting from
    /// an earlier workload (logins, other players' lines) is not counted in the next one.
    /// </summary>
    public async Task SettleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        foreach (var player in Players)
            await player.ExecuteAsync("", timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var player in Players)
            await player.DisposeAsync();
        await _telnet.DisposeAsync();
        await _server.DisposeAsync();
        await _persistence.DisposeAsync();
        await _store.DisposeAsync();
    }
}
