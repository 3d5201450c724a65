using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Sessions;

/// <summary>The login screen: <c>connect</c>, <c>create</c>, <c>connect guest</c>, <c>help</c>, <c>QUIT</c>.</summary>
public sealed partial class SessionActor
{
    /// <summary>The login screen's help text.</summary>
    private const string LoginHelp =
        "On this screen you can type:\n" +
        "  {b}connect <name> <password>{/b}  play as your player\n" +
        "  {b}create <name> <password>{/b}   make a new player (names: letters, digits, _ and -, starting with a letter)\n" +
        "  {b}connect <name>{/b}              asks for the password without showing it\n" +
        "  {b}QUIT{/b}                        leave";

    /// <summary>Guest numbers handed out by this process (a guest's name is <c>Guest</c> and its number).</summary>
    private static int s_lastGuest;

    /// <summary>A <c>connect</c> or <c>create</c> given only a name: the next line is its password, typed with echo off.</summary>
    private (LoginVerb Verb, string Name)? _awaitingPassword;

    private void ProcessLogin(string line)
    {
        if (_awaitingPassword is { } pending)
        {
            _awaitingPassword = null;
            Send(new InputEcho(_sessionId, Hidden: false));
            StartLogin(pending.Verb, pending.Name, line.Trim());
            return;
        }
        var command = LoginCommand.Parse(line);
        switch (command.Verb)
        {
            case LoginVerb.Nothing:
                SendPrompt();
                break;
            case LoginVerb.Quit:
                Self.Tell(new Boot(_sessionId, "Goodbye."), Self);
                break;
            case LoginVerb.Help:
                Send(new Output(_sessionId, LoginHelp + (_services.Settings.GuestsEnabled ? "\n  {b}connect guest{/b}               look around as a guest" : "")));
                SendPrompt();
                break;
            case LoginVerb.Connect when command.Name is { } guest && guest.Equals(AccountNames.GuestPrefix, StringComparison.OrdinalIgnoreCase):
                StartGuestLogin();
                break;
            case LoginVerb.Connect or LoginVerb.Create when command.Name is null || command.ExtraWords:
                SendPlain(command.Verb == LoginVerb.Connect ? "Usage: connect <name> <password>" : "Usage: create <name> <password>");
                SendPrompt();
                break;
            case LoginVerb.Connect or LoginVerb.Create when command.Password is null:
                _awaitingPassword = (command.Verb, command.Name!);
                Send(new InputEcho(_sessionId, Hidden: true));
                Send(new Prompt(_sessionId, "Password: "));
                break;
            case LoginVerb.Connect or LoginVerb.Create:
                StartLogin(command.Verb, command.Name!, command.Password!);
                break;
            default:
                Send(new Output(_sessionId, "I don't understand that. Type {b}help{/b} for what you can do here."));
                SendPrompt();
                break;
        }
    }

    private void StartLogin(LoginVerb verb, string name, string password)
    {
        var accounts = _services.Accounts;
        var address = _connection!.RemoteAddress;
        RunWork(async () => new LoginAttempt(
            verb == LoginVerb.Create
                ? await accounts.CreateAsync(name, password, address).ConfigureAwait(false)
                : await accounts.ConnectAsync(name, password, address).ConfigureAwait(false),
            Guest: false));
    }

    private void StartGuestLogin()
    {
        if (!_services.Settings.GuestsEnabled)
        {
            SendPlain("Guest logins are not enabled here.");
            SendPrompt();
            return;
        }
        var players = _services.Accounts.Players;
        var name = "Guest" + Interlocked.Increment(ref s_lastGuest);
        RunWork(async () =>
        {
            var player = await players.CreateAsync(name, ObjectFlags.None, ["guest", "player"]).ConfigureAwait(false);
            return new LoginAttempt(LoginResult.Ok(player, name), Guest: true);
        });
    }

    /// <summary>
    /// A login succeeded: the binding is persisted, the player bound (taking it over from another
    /// session if it was connected), and the matching <c>#0</c> hook runs before the next prompt.
    /// </summary>
    private async Task LoggedInAsync(LoginAttempt attempt)
    {
        var player = attempt.Result.Player!.Value;
        if (!await PersistAsync(new SessionLoggedIn(player.Value, attempt.Result.Name, attempt.Guest, Now)).ConfigureAwait(false))
        {
            SendPlain("Your login could not be recorded; please try again.");
            SendPrompt();
            return;
        }
        Timers.Cancel(IdleTimerKey);
        var previous = _services.Connected.Bind(player, _sessionId, _client!, Now);
        if (previous is not null)
        {
            ClusterSharding.Get(Context.System).ShardRegion(WorldSessions.EntityTypeName)
                .Tell(new TakeOver(previous.SessionId, "*** Your player was connected from somewhere else; this connection is closed ***"), Self);
            Send(new Output(_sessionId, "*** Connected (your earlier connection was closed) ***"));
        }
        else
        {
            Send(new Output(_sessionId, attempt.Result.Created ? "*** Created ***" : "*** Connected ***"));
        }
        LogLoggedIn(Log, _sessionId, attempt.Result.Name, player, previous is not null);
        OnBound(player);
        var hook = previous is not null ? WorldHooks.UserReconnected : attempt.Result.Created ? WorldHooks.UserCreated : WorldHooks.UserConnected;
        var services = _services;
        RunWork(async () => await WorldHooks.RunAsync(services.Tasks, services.Verbs, player, hook).ConfigureAwait(false));
    }

    /// <summary>The result of a login's work.</summary>
    private sealed record LoginAttempt(LoginResult Result, bool Guest);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} logged in as {Name} ({Player}); took over another session: {TookOver}")]
    private static partial void LogLoggedIn(ILogger logger, string sessionId, string name, ObjectId player, bool tookOver);
}
