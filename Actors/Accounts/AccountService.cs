using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// Accounts as the login screen, the web API and the <c>set_password</c> host function use them: create,
/// connect, verify and change passwords, delete, export and import. Hashing runs on the thread pool, never in an
/// actor; failed logins are throttled per name and per address; passwords are never logged, and
/// refusals never repeat them.
/// </summary>
public sealed partial class AccountService
{
    /// <summary>The refusal for a wrong name or password alike (LambdaMOO's words), so names cannot be probed.</summary>
    public const string WrongNameOrPassword = "Either that player does not exist, or has a different password.";

    /// <summary>The refusal when the server could not make the player object (nothing was changed; not counted as a failed login).</summary>
    public const string CreationFailed = "The server could not make your player just now; nothing was changed. Please try again in a moment.";

    /// <summary>How many times <c>create</c> tries to make the player object before it gives up.</summary>
    private const int CreationAttempts = 3;

    /// <summary>How long a question to the directory actor may take.</summary>
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    private readonly IActorRef _directory;
    private readonly PlayerObjects _players;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>A hash of a random password, verified against when a name is unknown so that unknown and known names cost the same time.</summary>
    private readonly Lazy<PasswordHash> _decoy;

    /// <summary>Creates the service over a running <see cref="AccountDirectoryActor"/>.</summary>
    public AccountService(IActorRef directory, WorldTasks tasks, AccountSettings settings, TimeProvider? time = null, ILogger<AccountService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        _directory = directory;
        _players = new PlayerObjects(tasks);
        Settings = settings;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Names = new AccountNames(settings);
        Throttle = new LoginThrottle(settings, _time);
        _decoy = new(() => PasswordHasher.Hash(PasswordHasher.Generate(), settings.PasswordIterations));
    }

    /// <summary>The settings.</summary>
    public AccountSettings Settings { get; }

    /// <summary>The clock account times and the throttle use.</summary>
    public TimeProvider Time => _time;

    /// <summary>The name rules.</summary>
    public AccountNames Names { get; }

    /// <summary>The failed-login throttle.</summary>
    public LoginThrottle Throttle { get; }

    /// <summary>Creating and removing player objects.</summary>
    public PlayerObjects Players => _players;

    /// <summary>Starts the directory actor (a top-level actor named <c>accounts</c>) and returns the service over it.</summary>
    public static AccountService Start(ActorSystem system, PersistenceRuntime persistence, WorldTasks tasks, AccountSettings settings, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        var directory = system.ActorOf(AccountDirectoryActor.Props(persistence), "accounts");
        return new AccountService(directory, tasks, settings, system.TimeProvider, (loggers ?? system.LoggerFactory).CreateLogger<AccountService>());
    }

    /// <summary>
    /// <c>create name password</c>: checks the name and password rules and that the name is free,
    /// creates the player object in a world task and stores the account. When the server cannot make
    /// the object (after retries) it answers <see cref="CreationFailed"/>; that never counts toward the login throttle.
    /// </summary>
    public async Task<LoginResult> CreateAsync(string name, string password, string address, CancellationToken cancellationToken = default)
    {
        if ((Names.Check(name) ?? Names.CheckPassword(password)) is { } refusal)
            return LoginResult.Fail(refusal);
        if (await FindAsync(name, cancellationToken).ConfigureAwait(false) is not null)
            return LoginResult.Fail("That name is already taken; please choose another.");
        var hash = await HashAsync(password).ConfigureAwait(false);
        // A server failure is not the player's: it never counts toward the login throttle.
        if (await CreatePlayerObjectAsync(name, cancellationToken).ConfigureAwait(false) is not { } player)
            return LoginResult.Fail(CreationFailed);
        var account = new AccountRecord(name, player.Value, hash, _time.GetUtcNow());
        if (!await RegisterAsync(account, cancellationToken).ConfigureAwait(false))
        {
            // Someone took the name between the check and now: the object made for us must go again.
            await _players.RecycleAsync(player, cancellationToken).ConfigureAwait(false);
            return LoginResult.Fail("That name is already taken; please choose another.");
        }
        LogCreated(_logger, name, player, address);
        return LoginResult.Ok(player, name, created: true);
    }

    /// <summary>
    /// Makes the player object for <c>create</c>, trying again when the task did not commit: the body
    /// is the server's own code, so a failure is a storage hiccup or a conflict that outlasted the
    /// task runner's retries, and both may pass. Null when every try failed (each one is logged).
    /// </summary>
    private async Task<ObjectId?> CreatePlayerObjectAsync(string name, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= CreationAttempts; attempt++)
        {
            var outcome = await _players.TryCreateAsync(name, ObjectFlags.None, ["player"], cancellationToken).ConfigureAwait(false);
            if (outcome.IsCommitted)
                return outcome.Value;
            LogCreationFailed(_logger, name, attempt, outcome.Message, outcome.Error);
        }
        return null;
    }

    /// <summary><c>connect name password</c>: throttled, verified in constant time, and refused alike for unknown names and wrong passwords.</summary>
    public async Task<LoginResult> ConnectAsync(string name, string password, string address, CancellationToken cancellationToken = default)
    {
        var wait = Throttle.Wait(name, address);
        if (wait > TimeSpan.Zero)
        {
            LogThrottled(_logger, name, address, wait);
            return LoginResult.Fail(LoginThrottle.Message(wait));
        }
        var account = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        var matches = await Task.Run(() => PasswordHasher.Verify(password, account?.Password ?? _decoy.Value), cancellationToken).ConfigureAwait(false);
        if (account is null || !matches)
        {
            Throttle.Failed(name, address);
            LogFailed(_logger, name, address);
            return LoginResult.Fail(WrongNameOrPassword);
        }
        var player = new ObjectId(account.Player);
        if (await _players.FindPlayerAsync(player, cancellationToken).ConfigureAwait(false) is null)
            return LoginResult.Fail("That player no longer exists in the world; ask a wizard.");
        Throttle.Succeeded(name, address);
        if (PasswordHasher.NeedsRehash(account.Password, Settings.PasswordIterations))
            await StorePasswordAsync(account.Key, await HashAsync(password).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        LogConnected(_logger, account.Name, player, address);
        return LoginResult.Ok(player, account.Name);
    }

    /// <summary>The account named <paramref name="name"/> (any case), or null.</summary>
    public async Task<AccountRecord?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await _directory.Ask<AccountDirectoryActor.Found>(new AccountDirectoryActor.Find(AccountNames.Normalize(name)), AskTimeout, cancellationToken).ConfigureAwait(false)).Account;

    /// <summary>The account of <paramref name="player"/>, or null (guests and objects without one).</summary>
    public async Task<AccountRecord?> FindByPlayerAsync(ObjectId player, CancellationToken cancellationToken = default) =>
        (await _directory.Ask<AccountDirectoryActor.Found>(new AccountDirectoryActor.FindByPlayer(player.Value), AskTimeout, cancellationToken).ConfigureAwait(false)).Account;

    /// <summary>True when <paramref name="password"/> is <paramref name="player"/>'s password (false when the player has no account).</summary>
    public async Task<bool> VerifyAsync(ObjectId player, string password, CancellationToken cancellationToken = default)
    {
        var account = await FindByPlayerAsync(player, cancellationToken).ConfigureAwait(false);
        return account is not null && await Task.Run(() => PasswordHasher.Verify(password, account.Password), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A hash of <paramref name="password"/> at the configured cost, computed on the thread pool.</summary>
    public Task<PasswordHash> HashAsync(string password) => Task.Run(() => PasswordHasher.Hash(password, Settings.PasswordIterations));

    /// <summary>Stores <paramref name="account"/> unless its name or player is taken; true when stored.</summary>
    public async Task<bool> RegisterAsync(AccountRecord account, CancellationToken cancellationToken = default) =>
        (await _directory.Ask<AccountDirectoryActor.Registered>(new AccountDirectoryActor.Register(account), AskTimeout, cancellationToken).ConfigureAwait(false)).Ok;

    /// <summary>Every account, hashes included, ordered by player number: for the world file export.</summary>
    public async Task<IReadOnlyList<AccountRecord>> ExportAsync(CancellationToken cancellationToken = default) =>
        (await _directory.Ask<AccountDirectoryActor.AccountList>(AccountDirectoryActor.ListAll.Instance, AskTimeout, cancellationToken).ConfigureAwait(false)).Accounts;

    /// <summary>Stores exported accounts (replacing accounts of the same name) in one atomic write; returns how many were stored.</summary>
    public async Task<int> ImportAsync(IReadOnlyList<AccountRecord> accounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return (await _directory.Ask<AccountDirectoryActor.Imported>(new AccountDirectoryActor.Import(accounts), AskTimeout, cancellationToken).ConfigureAwait(false)).Count;
    }

    private async Task<bool> StorePasswordAsync(string key, PasswordHash hash, CancellationToken cancellationToken) =>
        (await _directory.Ask<AccountDirectoryActor.PasswordChanged>(new AccountDirectoryActor.ChangePassword(key, hash), AskTimeout, cancellationToken).ConfigureAwait(false)).Ok;

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Name} created for player {Player} from {Address}")]
    private static partial void LogCreated(ILogger logger, string name, ObjectId player, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Creating the player object of {Name} failed (try {Attempt}): {Reason}")]
    private static partial void LogCreationFailed(ILogger logger, string name, int attempt, string? reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Player {Name} ({Player}) logged in from {Address}")]
    private static partial void LogConnected(ILogger logger, string name, ObjectId player, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed login as {Name} from {Address}")]
    private static partial void LogFailed(ILogger logger, string name, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login as {Name} from {Address} refused by the throttle for {Wait}")]
    private static partial void LogThrottled(ILogger logger, string name, string address, TimeSpan wait);
}
