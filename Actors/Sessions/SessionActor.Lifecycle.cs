using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Sessions;

/// <summary>Opening and ending the session, and the session's own messages.</summary>
public sealed partial class SessionActor
{
    private async Task OpenAsync(IActorRef client, ConnectionInfo connection, TerminalCapabilities terminal, ObjectId? player)
    {
        if (_connection is not null)
        {
            LogDuplicateOpen(Log, _sessionId);
            return;
        }
        _ended = false;
        _services.Clients.Register(_sessionId, client);
        _client = client;
        if (!await PersistAsync(new SessionOpened(connection, terminal, Now)).ConfigureAwait(false))
        {
            client.Tell(new Disconnect(_sessionId, "The world could not open your session; please try again later."), Self);
            _services.Clients.Remove(_sessionId);
            _client = null;
            return;
        }
        LogOpened(Log, _sessionId, connection.Protocol, connection.RemoteAddress);
        if (player is { } authenticated)
        {
            var players = _services.Accounts.Players;
            RunWork(async () => await players.FindPlayerAsync(authenticated).ConfigureAwait(false) is { } state
                ? new LoginAttempt(LoginResult.Ok(authenticated, state.Name), Guest: false)
                : new LoginAttempt(LoginResult.Fail("That player no longer exists in the world."), Guest: false));
            return;
        }
        ArmIdleTimer();
        var tasks = _services.Tasks;
        var fallback = _services.Settings.Welcome;
        RunWork(async () => new WelcomeText(await ReadWelcomeAsync(tasks, fallback).ConfigureAwait(false)));
    }

    /// <summary>
    /// Ends the session: tells the client why (unless the client is the one who left), unbinds the
    /// player, runs <c>#0:user_disconnected</c> and recycles a guest in the background, forgets the
    /// session's journal and asks the shard to passivate it.
    /// </summary>
    private async Task EndAsync(string reason, bool tellClient, bool runHook, bool passivate = true)
    {
        if (_ended || _connection is null)
            return;
        _ended = true;
        Timers.Cancel(IdleTimerKey);
        if (_player is { } player)
        {
            var stillBound = _services.Connected.Unbind(player, _sessionId);
            LogLoggedOut(Log, _sessionId, _playerName, player, reason);
            if (stillBound && (runHook || _guest))
                LeaveInBackground(player, runHook, _guest);
        }
        else
        {
            LogClosed(Log, _sessionId, reason);
        }
        // The client learns of the end only once the player is unbound, so what it then asks of the world is consistent.
        if (tellClient)
            Send(new Disconnect(_sessionId, reason));
        _services.Clients.Remove(_sessionId);
        _client = null;
        _queue.Clear();
        _connection = null;
        _player = null;
        try
        {
            await Persistence.Journal.DeleteEventsToAsync(PersistenceId, LastSequenceNr).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Harmless: a stale journal is dropped when the id is recovered without a live client.
            LogForgetFailed(Log, e, _sessionId);
        }
        if (passivate)
            Context.Parent.Tell(new ShardRegion.Passivate(SessionStop.Instance), Self);
    }

    /// <summary>What happens after the player left, in its own tasks: the disconnect hook, then a guest's recycling.</summary>
    private void LeaveInBackground(ObjectId player, bool runHook, bool guest)
    {
        var services = _services;
        var log = Log;
        var sessionId = _sessionId;
        _ = Task.Run(async () =>
        {
            try
            {
                if (runHook)
                    await WorldHooks.RunAsync(services.Tasks, services.Verbs, player, WorldHooks.UserDisconnected).ConfigureAwait(false);
                if (guest)
                    await services.Accounts.Players.RecycleAsync(player).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                LogLeaveFailed(log, e, sessionId, player);
            }
        });
    }

    /// <summary>The welcome text: <c>#0.welcome_message</c> (a string, or a list of lines) if set, else <paramref name="fallback"/>.</summary>
    private static async Task<string> ReadWelcomeAsync(World.Transactions.WorldTasks tasks, string fallback)
    {
        var outcome = await tasks.RunAsync(
            async (tx, ct) =>
            {
                if (await tx.FindValidAsync(SystemObjects.System, ct).ConfigureAwait(false) is not { } system)
                    return null;
                var property = await PropertyLookup.ResolveAsync(tx, system, "welcome_message", ct).ConfigureAwait(false);
                return property?.Value switch
                {
                    { Kind: MooValueKind.String } text => text.AsString(),
                    { Kind: MooValueKind.List } lines when lines.AsList().All(l => l.Kind == MooValueKind.String) =>
                        string.Join('\n', lines.AsList().Select(l => l.AsString())),
                    _ => null,
                };
            }).ConfigureAwait(false);
        return outcome is { IsCommitted: true, Value: { Length: > 0 } text } ? text : fallback;
    }

    private DateTimeOffset Now => Context.System.TimeProvider.GetUtcNow();

    /// <summary>Ends the session of a player who connected elsewhere: the old connection is told and closed, the player stays connected.</summary>
    /// <param name="SessionId">The session taken over.</param>
    /// <param name="Reason">What its connection is told.</param>
    public sealed record TakeOver(string SessionId, string Reason) : ISessionMessage;

    /// <summary>Ends a session from the world's side (<c>@quit</c>, <c>boot_player</c>): the client is told <paramref name="Reason"/>.</summary>
    /// <param name="SessionId">The session.</param>
    /// <param name="Reason">The last line for the player, in markup.</param>
    public sealed record Boot(string SessionId, string Reason) : ISessionMessage;

    /// <summary>What the shard sends to passivate a session: it stops once its running work is done.</summary>
    public sealed record SessionStop
    {
        /// <summary>The only instance.</summary>
        public static SessionStop Instance { get; } = new();
    }

    /// <summary>The login screen's idle timer fired.</summary>
    private sealed record LoginIdle
    {
        public static LoginIdle Instance { get; } = new();
    }

    /// <summary>Running work finished with a result (<see cref="WelcomeText"/>, <see cref="LoginAttempt"/>, a task outcome, or null) or an error.</summary>
    private sealed record WorkDone(object? Result, Exception? Error);

    /// <summary>The welcome text to show, in markup.</summary>
    private sealed record WelcomeText(string Markup);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} opened ({Protocol} from {Address})")]
    private static partial void LogOpened(ILogger logger, string sessionId, string protocol, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} was opened twice; the second open was ignored")]
    private static partial void LogDuplicateOpen(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} of {Name} ({Player}) ended: {Reason}")]
    private static partial void LogLoggedOut(ILogger logger, string sessionId, string name, ObjectId player, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} ended on the login screen: {Reason}")]
    private static partial void LogClosed(ILogger logger, string sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: its journal could not be deleted")]
    private static partial void LogForgetFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId}: the disconnect hook or guest clean-up of {Player} failed")]
    private static partial void LogLeaveFailed(ILogger logger, Exception exception, string sessionId, ObjectId player);
}
