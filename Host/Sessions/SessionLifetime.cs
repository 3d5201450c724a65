using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Sessions;
using ActorMoo.Host.Options;
using ActorMoo.Host.Persistence;
using ActorMoo.Host.World;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Sessions;

/// <summary>
/// Starts accounts and sessions once the world runs: the account directory, the first-start wizard
/// (<see cref="WizardBootstrap"/>), and the session region the edge talks to. Registered after the
/// world, so it starts after it and stops before it.
/// </summary>
public sealed partial class SessionLifetime(
    ActorSystem system,
    PersistenceLifetime persistence,
    WorldLifetime world,
    ShardingSettings sharding,
    ConnectedPlayers connected,
    IOptions<SessionsOptions> options,
    IOptions<WorldOptions> worldOptions,
    ILoggerFactory loggerFactory) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<SessionLifetime>();

    private AccountService? _accounts;
    private WorldSessions? _sessions;

    /// <summary>The account service.</summary>
    /// <exception cref="InvalidOperationException">The host has not started.</exception>
    public AccountService Accounts => _accounts
        ?? throw new InvalidOperationException("Accounts are not running: they can be used only while the host runs.");

    /// <summary>The sessions: the edge sends its session messages to <see cref="WorldSessions.Region"/>.</summary>
    /// <exception cref="InvalidOperationException">The host has not started.</exception>
    public WorldSessions Sessions => _sessions
        ?? throw new InvalidOperationException("Sessions are not running: they can be used only while the host runs.");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        SessionsOptions settings = options.Value;
        RunningWorld running = world.World;
        _accounts = AccountService.Start(system, persistence.Runtime, running.Tasks, settings.ToAccountSettings(), loggerFactory);
        await new WizardBootstrap(_accounts, running.Tasks, loggerFactory.CreateLogger<WizardBootstrap>())
            .EnsureAsync(worldOptions.Value.WizardPassword, cancellationToken).ConfigureAwait(false);
        SessionSettings sessionSettings = settings.ToSessionSettings();
        _sessions = WorldSessions.Start(
            system,
            new SessionServices(persistence.Runtime, running.Tasks, running.Verbs, _accounts, connected, new SessionClients(), new TaskQueueInput(running.Verbs.Queue), sessionSettings),
            SessionSharding(sharding, sessionSettings.LoginIdleTimeout));
        LogInformationStarted(_logger, sessionSettings.LoginIdleTimeout.ToString(), sessionSettings.MaxQueuedLines, sessionSettings.GuestsEnabled);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _sessions = null;
        _accounts = null;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The node's sharding settings for sessions, with an idle passivation no shorter than twice the
    /// login timeout: a session passivated on the login screen is closed as timed out.
    /// </summary>
    private static ShardingSettings SessionSharding(ShardingSettings node, TimeSpan loginIdleTimeout) =>
        node.PassivationIdleTimeout == TimeSpan.Zero || node.PassivationIdleTimeout >= loginIdleTimeout * 2
            ? node
            : node with { PassivationIdleTimeout = loginIdleTimeout * 2 };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sessions started (login idle timeout {LoginIdleTimeout}, at most {MaxQueuedLines} queued lines, guests enabled: {GuestsEnabled})")]
    private static partial void LogInformationStarted(ILogger logger, string loginIdleTimeout, int maxQueuedLines, bool guestsEnabled);
}
