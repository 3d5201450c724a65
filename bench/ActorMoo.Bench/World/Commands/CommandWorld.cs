using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Bench.Persistence;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Bench.World.Commands;

/// <summary>
/// The real server in this process (starter core, accounts, sessions: <see cref="InProcessServer"/>)
/// over a fresh database of a <see cref="BenchStore"/>, with a room full of logged-in players: the
/// wizard and the players it takes to reach the count, all in the core's lobby, each on its own
/// <see cref="LocalSession"/> console, and each holding one thing of its own (<see cref="TokenOf"/>)
/// that it has dropped in the lobby. Torn down as one.
/// </summary>
internal sealed class CommandWorld : IAsyncDisposable
{
    private const string Password = "bench-password";

    private readonly BenchPersistence _persistence;
    private readonly InProcessServer _server;

    private CommandWorld(BenchPersistence persistence, InProcessServer server, IReadOnlyList<LocalSession> consoles)
    {
        _persistence = persistence;
        _server = server;
        Consoles = consoles;
    }

    /// <summary>The players' consoles, the wizard's first.</summary>
    public IReadOnlyList<LocalSession> Consoles { get; }

    /// <summary>The name of the thing player <paramref name="index"/> created: unique and no prefix of another.</summary>
    public static string TokenOf(int index) => $"token{index}z";

    /// <summary>A server on a fresh database of <paramref name="store"/> with <paramref name="players"/> players in the lobby.</summary>
    public static async Task<CommandWorld> StartAsync(BenchStore store, int players)
    {
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());
        var persistence = await BenchPersistence.CreateAsync(store, serializer: serializer);
        var server = await InProcessServer.StartAsync(persistence.Runtime, new InProcessServerOptions
        {
            SystemName = "bench-commands",
            WizardPassword = Password,
            // Idle passivation off: a slow run on a loaded machine must never measure re-activation.
            Sharding = new ShardingSettings { ShardCount = 100, PassivationIdleTimeout = TimeSpan.Zero },
        });
        var consoles = new LocalSession[players];
        // Logins one after another: the "has connected" lines then arrive in a known order, and the
        // password hashing would only compete for the same two cores anyway.
        for (var i = 0; i < players; i++)
        {
            consoles[i] = await LocalSession.OpenAsync(server.Sessions);
            await consoles[i].ReadUntilPromptAsync();
            var login = i == 0 ? $"connect Wizard {Password}" : $"create Bencher{i} {Password}";
            Expect(await consoles[i].CommandAsync(login), "The Lobby", login);
            var token = TokenOf(i);
            Expect(await consoles[i].CommandAsync($"@create $thing named {token}"), token, "@create");
            Expect(await consoles[i].CommandAsync($"drop {token}"), "You drop", "drop");
        }
        var world = new CommandWorld(persistence, server, consoles);
        await world.SettleAsync();
        return world;
    }

    /// <summary>
    /// Reads every console up to a prompt answering an empty line, so that output still queued from
    /// an earlier workload (logins, other players' lines) is not counted in the next one.
    /// </summary>
    public async Task SettleAsync()
    {
        foreach (var console in Consoles)
            await console.CommandAsync("", TimeSpan.FromMinutes(2));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var console in Consoles)
            await console.DisposeAsync();
        await _server.DisposeAsync();
        await _persistence.DisposeAsync();
    }

    private static void Expect(string answer, string expected, string command)
    {
        if (!answer.Contains(expected, StringComparison.Ordinal))
            throw new InvalidOperationException($"world-commands: '{command}' answered without '{expected}':\n{answer}");
    }
}
