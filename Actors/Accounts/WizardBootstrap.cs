using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// Makes sure the world has a wizard who can log in, on every start: when no account belongs to a
/// valid wizard, one is made. If the world already holds a player object named <c>Wizard</c> with the
/// wizard flag (the starter core's <c>#2</c>; ids <c>#2</c>, then <c>#0</c>–<c>#63</c> are searched), the
/// account is bound to it; otherwise a new wizard player is created (child of <c>$wiz</c>, else
/// <c>$prog</c>, else <c>$player</c>). The password is <c>ACTORMOO_WIZARD_PASSWORD</c> when given,
/// else a generated one that is logged once, at Warning level, in a banner — and never again,
/// because on later starts the account exists.
/// </summary>
public sealed partial class WizardBootstrap
{
    /// <summary>The highest object number searched for a core's wizard.</summary>
    private const int SearchLimit = 63;

    private readonly AccountService _accounts;
    private readonly WorldTasks _tasks;
    private readonly ILogger _logger;

    /// <summary>Creates the bootstrap.</summary>
    public WizardBootstrap(AccountService accounts, WorldTasks tasks, ILogger<WizardBootstrap> logger)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(logger);
        _accounts = accounts;
        _tasks = tasks;
        _logger = logger;
    }

    /// <summary>
    /// Ensures a wizard account. Returns the new account, or null when a wizard account already existed.
    /// </summary>
    /// <param name="configuredPassword">The configured wizard password (<c>ACTORMOO_WIZARD_PASSWORD</c>), or null/empty to generate one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<AccountRecord?> EnsureAsync(string? configuredPassword, CancellationToken cancellationToken = default)
    {
        foreach (var account in await _accounts.ExportAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await _accounts.Players.FindPlayerAsync(new ObjectId(account.Player), cancellationToken).ConfigureAwait(false) is { } player
                && player.Has(ObjectFlags.Wizard))
                return null;
        }
        var generated = string.IsNullOrEmpty(configuredPassword);
        var password = generated ? PasswordHasher.Generate() : configuredPassword!;
        var (wizard, name) = await FindCoreWizardAsync(cancellationToken).ConfigureAwait(false) is { } found
            ? (found.Id, found.Name)
            : (await _accounts.Players.CreateAsync("Wizard", ObjectFlags.Wizard | ObjectFlags.Programmer, ["wiz", "prog", "player"], cancellationToken).ConfigureAwait(false), "Wizard");
        var record = new AccountRecord(await FreeNameAsync(name, cancellationToken).ConfigureAwait(false), wizard.Value, await _accounts.HashAsync(password).ConfigureAwait(false), _accounts.Time.GetUtcNow());
        if (!await _accounts.RegisterAsync(record, cancellationToken).ConfigureAwait(false))
            throw new InvalidOperationException($"The wizard account for {wizard} could not be stored.");
        if (generated)
            LogGeneratedPassword(_logger, record.Name, wizard, password);
        else
            LogConfiguredPassword(_logger, record.Name, wizard);
        return record;
    }

    /// <summary>The core's wizard: a valid player named Wizard with the wizard flag among the first object numbers, #2 first.</summary>
    private async Task<ObjectState?> FindCoreWizardAsync(CancellationToken cancellationToken)
    {
        var outcome = await _tasks.RunAsync(
            async (tx, ct) =>
            {
                foreach (var id in Enumerable.Range(0, SearchLimit + 1).OrderBy(i => i == 2 ? -1 : i))
                {
                    if (await tx.FindValidAsync(new ObjectId(id), ct).ConfigureAwait(false) is { } state
                        && state.Has(ObjectFlags.Player | ObjectFlags.Wizard)
                        && state.Name.Equals("Wizard", StringComparison.OrdinalIgnoreCase))
                        return state;
                }
                return null;
            },
            cancellationToken).ConfigureAwait(false);
        return outcome.IsCommitted ? outcome.Value : null;
    }

    /// <summary><paramref name="name"/>, or with a number appended when an account (of a player no longer a wizard) already has it.</summary>
    private async Task<string> FreeNameAsync(string name, CancellationToken cancellationToken)
    {
        var candidate = name;
        for (var n = 2; await _accounts.FindAsync(candidate, cancellationToken).ConfigureAwait(false) is not null; n++)
            candidate = name + n;
        return candidate;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "\n==================================================================\n" +
        "  First start: a wizard account was created.\n" +
        "  Log in with:   connect {Name} {Password}\n" +
        "  ({Player}; this password is shown only this once: change it with @password,\n" +
        "  or set ACTORMOO_WIZARD_PASSWORD before the first start next time)\n" +
        "==================================================================")]
    private static partial void LogGeneratedPassword(ILogger logger, string name, ObjectId player, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "First start: wizard account {Name} ({Player}) created with the password from ACTORMOO_WIZARD_PASSWORD")]
    private static partial void LogConfiguredPassword(ILogger logger, string name, ObjectId player);
}
