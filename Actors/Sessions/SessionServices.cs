using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.Sessions;

/// <summary>What every session actor of the process uses: one instance, shared (all of it thread-safe).</summary>
/// <param name="Persistence">The journal sessions persist their binding in.</param>
/// <param name="Tasks">Runs world tasks (the welcome text, hooks).</param>
/// <param name="Verbs">Runs typed commands.</param>
/// <param name="Accounts">Logins and player creation.</param>
/// <param name="Connected">Connected players and where their output goes.</param>
/// <param name="Clients">Live client references of open sessions.</param>
/// <param name="TaskInput">Tasks waiting in <c>read()</c>.</param>
/// <param name="Settings">The session settings.</param>
public sealed record SessionServices(
    PersistenceRuntime Persistence,
    WorldTasks Tasks,
    VerbExecutor Verbs,
    AccountService Accounts,
    ConnectedPlayers Connected,
    SessionClients Clients,
    ITaskInput TaskInput,
    SessionSettings Settings)
{
    /// <summary>Counts the commands the sessions run; give the host's instance to report it (a fresh counter by default).</summary>
    public CommandCounter Commands { get; init; } = new();
}
