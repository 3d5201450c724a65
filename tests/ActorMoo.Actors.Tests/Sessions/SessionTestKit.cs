using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>
/// A running world with accounts and sessions, wired as the host wires them: output of committed
/// tasks goes through the <see cref="SessionOutputRouter"/> to the clients, password changes through
/// the <see cref="AccountEffectSink"/>, and the <c>accounts</c> table is in the verb engine.
/// </summary>
public abstract class SessionTestKit : ActorTestKit
{
    /// <summary>Sessions never passivate for idleness unless a test asks for it.</summary>
    protected static readonly ShardingSettings NoPassivation = new() { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero };

    protected SessionTestKit(SessionSettings? settings = null, ShardingSettings? sessionSharding = null, AccountSettings? accountSettings = null)
    {
        Persistence = new InMemoryPersistence(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions()));
        Objects = WorldObjects.Start(Sys, Persistence.Runtime, new WorldSettings(), NoPassivation);
        Connected = new ConnectedPlayers();
        Tasks = new WorldTasks(Objects, Persistence.Journal, new SessionOutputRouter(Sys, Connected, new AccountEffectSink(() => Accounts!)));
        Accounts = AccountService.Start(Sys, Persistence.Runtime, Tasks, accountSettings ?? new AccountSettings());
        Engine = VerbExecutor.CreateEngineWithTables(
            new ScriptingSettings
            {
                StepCounting = StepCounting.Exact,
                Foreground = new ScriptBudget(1_000_000, 32L * 1024 * 1024, TimeSpan.FromMinutes(5)),
            },
            [AccountHostFunctions.Table(Accounts)]);
        Verbs = new VerbExecutor(Tasks, Engine, new VerbTaskServices { Connected = Connected, Players = new AccountPlayers(() => Accounts), Time = Clock });
        Sessions = WorldSessions.Start(
            Sys,
            new SessionServices(Persistence.Runtime, Tasks, Verbs, Accounts, Connected, new SessionClients(), new TaskQueueInput(Verbs.Queue), settings ?? new SessionSettings()),
            sessionSharding ?? NoPassivation);
    }

    protected InMemoryPersistence Persistence { get; }

    protected WorldObjects Objects { get; }

    protected ConnectedPlayers Connected { get; }

    protected WorldTasks Tasks { get; }

    protected AccountService Accounts { get; }

    protected ScriptEngine Engine { get; }

    protected VerbExecutor Verbs { get; }

    protected WorldSessions Sessions { get; }

    public override async Task DisposeAsync()
    {
        await Verbs.Queue.DisposeAsync();
        Engine.Dispose();
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
