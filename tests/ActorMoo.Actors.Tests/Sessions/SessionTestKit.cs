using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>
/// An empty world with accounts and sessions: an <see cref="InProcessServer"/> (wired as the host
/// wires it) in the test kit's system, so its timers run on the virtual clock. Tests build the
/// objects they need; the first one made is the system object <c>#0</c>.
/// </summary>
public abstract class SessionTestKit : ActorTestKit
{
    /// <summary>Sessions never passivate for idleness unless a test asks for it.</summary>
    protected static readonly ShardingSettings NoPassivation = new() { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero };

    private readonly InProcessServerOptions _options;
    private InProcessServer? _server;

    protected SessionTestKit(SessionSettings? settings = null, ShardingSettings? sharding = null, AccountSettings? accountSettings = null)
    {
        Persistence = new InMemoryPersistence(InProcessServer.CreateSerializer());
        _options = new InProcessServerOptions
        {
            EmptyWorld = true,
            Sharding = sharding ?? NoPassivation,
            Accounts = accountSettings ?? new AccountSettings(),
            Sessions = settings ?? new SessionSettings(),
            Scripting = new ScriptingSettings
            {
                StepCounting = StepCounting.Exact,
                Foreground = new ScriptBudget(1_000_000, 32L * 1024 * 1024, TimeSpan.FromMinutes(5)),
            },
        };
    }

    protected InMemoryPersistence Persistence { get; }

    protected InProcessServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    protected WorldObjects Objects => Server.Tasks.Objects;

    protected ConnectedPlayers Connected => Server.Connected;

    protected WorldTasks Tasks => Server.Tasks;

    protected AccountService Accounts => Server.Accounts;

    protected WorldSessions Sessions => Server.Sessions;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _server = await InProcessServer.StartAsync(Sys, Persistence.Runtime, _options);
    }

    public override async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        await base.DisposeAsync();
        await Persistence.DisposeAsync();
    }

    /// <summary>Opens a console and reads the welcome screen.</summary>
    protected async Task<LocalSession> OpenAsync(string address = "127.0.0.1")
    {
        var session = await LocalSession.OpenAsync(Sessions, address);
        await session.ReadUntilPromptAsync();
        return session;
    }

    /// <summary>Opens a console, creates <paramref name="name"/> and returns the logged-in console.</summary>
    protected async Task<LocalSession> CreatePlayerAsync(string name, string password = "secret1")
    {
        var session = await OpenAsync();
        var answer = await session.CommandAsync($"create {name} {password}");
        Assert.Contains("*** Created ***", answer, StringComparison.Ordinal);
        return session;
    }

    /// <summary>Runs a task that must commit, returning its value.</summary>
    protected async Task<T> CommitAsync<T>(Func<WorldTransaction, ValueTask<T>> body)
    {
        var outcome = await Tasks.RunAsync((tx, _) => body(tx));
        Assert.True(outcome.IsCommitted, $"task did not commit: {outcome.Status} {outcome.Message}");
        return outcome.Value!;
    }

    /// <summary>Adds a verb with code to an object (owned by <paramref name="owner"/>).</summary>
    protected Task AddVerbAsync(ObjectId on, string names, VerbArgSpec args, string code, ObjectId owner) =>
        CommitAsync(async tx =>
        {
            var state = (await tx.FindAsync(on))!;
            await tx.ApplyAsync([new ObjectChange(on, new VerbAdded(new VerbDefinition(state.NextVerbId, names, owner, VerbPermissions.Read | VerbPermissions.Execute, args, code, 1)))]);
            return true;
        });

    /// <summary>The account of <paramref name="name"/>, which must exist.</summary>
    protected async Task<ObjectId> PlayerOfAsync(string name) =>
        new((await Accounts.FindAsync(name))?.Player ?? throw new KeyNotFoundException(name));
}
