using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Actors.World.Players;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// What the client tells the world besides typed lines: its terminal and measured round trip, which
/// verbs read with <c>terminal(player)</c> (published to <see cref="ConnectedPlayers"/> while a
/// player is bound), and its out-of-band packages (GMCP), which go to <c>player:do_gmcp(package,
/// json)</c> when the player has that verb — in order, each as its own task of the player.
/// </summary>
public sealed partial class SessionActor
{
    /// <summary>The verb on the player that receives the client's GMCP packages.</summary>
    public const string GmcpVerb = "do_gmcp";

    /// <summary>Packages kept from before login (clients send Core.Hello and Core.Supports.Set at once), and packages waiting for the one running.</summary>
    private const int MaxPendingOob = 32;

    /// <summary>The latest round trip the edge measured (GMCP <c>Core.Ping</c>); null until one is. Not persisted: a measurement.</summary>
    private TimeSpan? _roundTrip;

    /// <summary>Client packages received on the login screen, delivered to the player's verb after login.</summary>
    private readonly List<ClientOob> _oobBeforeLogin = [];

    /// <summary>The delivery of the client's packages so far: each next one runs after it, so the verb sees them in order.</summary>
    private Task _oobDelivery = Task.CompletedTask;

    /// <summary>Packages started but not yet delivered; a client that sends faster than its verb runs loses the excess.</summary>
    private int _oobInFlight;

    private void OnRoundTripMeasured(RoundTripMeasured message)
    {
        if (_ended || _connection is null)
            return;
        _roundTrip = message.RoundTrip;
        PublishTerminal();
    }

    private void OnClientOob(ClientOob message)
    {
        if (_ended || _connection is null)
            return;
        if (_player is not { } player)
        {
            if (_oobBeforeLogin.Count < MaxPendingOob)
                _oobBeforeLogin.Add(message);
            else
                LogOobDropped(Log, _sessionId, message.Package);
            return;
        }
        DeliverOob(player, message);
    }

    /// <summary>After login: the terminal becomes visible to verbs, and packages sent on the login screen reach the player's verb.</summary>
    private void OnBound(ObjectId player)
    {
        PublishTerminal();
        foreach (var pending in _oobBeforeLogin)
            DeliverOob(player, pending);
        _oobBeforeLogin.Clear();
    }

    /// <summary>Shows verbs what the bound player's client displays (<c>terminal(player)</c>).</summary>
    private void PublishTerminal()
    {
        if (_player is { } player && _connection is { } connection)
            _services.Connected.Describe(player, _sessionId, ToPlayerTerminal(_terminal, connection, _roundTrip));
    }

    private static PlayerTerminal ToPlayerTerminal(TerminalCapabilities terminal, ConnectionInfo connection, TimeSpan? roundTrip) => new(
        terminal.Width,
        terminal.Height,
        terminal.Color switch
        {
            ColorSupport.None => 0,
            ColorSupport.Ansi16 => 16,
            ColorSupport.Ansi256 => 256,
            _ => PlayerTerminal.TrueColor,
        },
        terminal.Color == ColorSupport.Html,
        terminal.ScreenReader,
        terminal.Utf8,
        terminal.ClientName,
        terminal.ClientVersion,
        connection.Protocol,
        roundTrip);

    /// <summary>Runs <c>player:do_gmcp(package, json)</c> after the packages before it, if the player has that verb.</summary>
    private void DeliverOob(ObjectId player, ClientOob message)
    {
        if (_oobInFlight >= MaxPendingOob)
        {
            LogOobDropped(Log, _sessionId, message.Package);
            return;
        }
        _oobInFlight++;
        var services = _services;
        var log = Log;
        var sessionId = _sessionId;
        var self = Self;
        _oobDelivery = _oobDelivery.ContinueWith(
            async _ =>
            {
                try
                {
                    var outcome = await CallGmcpVerbAsync(services, player, message).ConfigureAwait(false);
                    if (outcome is null)
                        LogOobIgnored(log, sessionId, message.Package);
                    else if (!outcome.IsCommitted)
                        LogOobVerbFailed(log, sessionId, message.Package, outcome.Message ?? "not committed");
                }
                catch (Exception e)
                {
                    LogOobVerbError(log, e, sessionId, message.Package);
                }
                finally
                {
                    self.Tell(OobDelivered.Instance);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default).Unwrap();
    }

    /// <summary>Calls the player's <see cref="GmcpVerb"/>; null when the player has none (the package is ignored, as before there were handlers).</summary>
    private static async Task<World.Transactions.TaskOutcome<MooValue>?> CallGmcpVerbAsync(SessionServices services, ObjectId player, ClientOob message)
    {
        var defined = await services.Tasks.RunAsync(
            async (tx, ct) => await tx.FindValidAsync(player, ct).ConfigureAwait(false) is { } state
                && await VerbLookup.FindCallableAsync(tx, state, GmcpVerb, ct).ConfigureAwait(false) is not null).ConfigureAwait(false);
        if (defined is not { IsCommitted: true, Value: true })
            return null;
        return await services.Verbs.CallAsync(player, player, GmcpVerb, [MooValue.String(message.Package), MooValue.String(message.Json)]).ConfigureAwait(false);
    }

    /// <summary>One client package has been delivered (or dropped by its verb).</summary>
    private sealed record OobDelivered
    {
        public static OobDelivered Instance { get; } = new();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: client package {Package} ignored (the player has no do_gmcp verb)")]
    private static partial void LogOobIgnored(ILogger logger, string sessionId, string package);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client package {Package} dropped: too many are waiting for the player's do_gmcp verb")]
    private static partial void LogOobDropped(ILogger logger, string sessionId, string package);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: do_gmcp for {Package} did not commit: {Reason}")]
    private static partial void LogOobVerbFailed(ILogger logger, string sessionId, string package, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId}: do_gmcp for {Package} failed")]
    private static partial void LogOobVerbError(ILogger logger, Exception exception, string sessionId, string package);
}
