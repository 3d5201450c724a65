using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;

namespace ActorMoo.Actors.Server;

/// <summary>
/// Settings of an <see cref="InProcessServer"/>: the same settings records the host binds from
/// configuration, with the production defaults, plus the wizard's first-start password.
/// </summary>
public sealed record InProcessServerOptions
{
    /// <summary>The actor system's name (shows in actor paths and logs).</summary>
    public string SystemName { get; init; } = "in-process";

    /// <summary>
    /// The wizard's password when its account is made (a first start). Set it to log in as the wizard:
    /// when null, <see cref="WizardBootstrap"/> generates one and the server logs nothing, so nobody learns it.
    /// </summary>
    public string? WizardPassword { get; init; }

    /// <summary>
    /// Start with no world at all: no starter core and no wizard account, for tests that build exactly
    /// the objects they need (the first object created is then <c>#0</c>, the system object).
    /// </summary>
    public bool EmptyWorld { get; init; }

    /// <summary>Shard counts and passivation of object and session actors. Default: no idle passivation, so nothing is re-activated mid-run.</summary>
    public ShardingSettings Sharding { get; init; } = new() { PassivationIdleTimeout = TimeSpan.Zero };

    /// <summary>Object actors and transactions.</summary>
    public WorldSettings World { get; init; } = new();

    /// <summary>Script budgets and step counting.</summary>
    public ScriptingSettings Scripting { get; init; } = new();

    /// <summary>Names, password hashing and the login throttle.</summary>
    public AccountSettings Accounts { get; init; } = new();

    /// <summary>Login timeout, queued lines, guests.</summary>
    public SessionSettings Sessions { get; init; } = new();
}
