using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Sessions;

/// <summary>Running the player's commands and the session's other work, one at a time.</summary>
public sealed partial class SessionActor
{
    private void ProcessCommand(ObjectId player, string line)
    {
        var trimmed = line.Trim();
        if (trimmed == "QUIT" || trimmed.Equals("@quit", StringComparison.OrdinalIgnoreCase))
        {
            Self.Tell(new Boot(_sessionId, "*** Disconnected ***"), Self);
            return;
        }
        var verbs = _services.Verbs;
        var tasks = _services.Tasks;
        var accounts = _services.Accounts;
        _services.Commands.Served();
        RunWork(async () =>
        {
            var outcome = await verbs.RunCommandAsync(player, line).ConfigureAwait(false);
            // A committed @password is stored before the prompt: the next login already needs the new one.
            await accounts.WhenPasswordChangesStoredAsync().ConfigureAwait(false);
            return outcome.IsCommitted
                ? outcome
                : new FailedCommand(await CommandFailure.DescribeAsync(tasks, player, line, outcome).ConfigureAwait(false));
        });
    }

    /// <summary>
    /// Starts <paramref name="work"/> on the thread pool (never on the actor's thread, which must keep
    /// taking input) and reports its result to the actor as a <see cref="WorkDone"/>.
    /// </summary>
    private void RunWork(Func<Task<object?>> work)
    {
        _busy = true;
        var self = Self;
        _ = Task.Run(async () =>
        {
            try
            {
                self.Tell(new WorkDone(await work().ConfigureAwait(false), null));
            }
            catch (Exception e)
            {
                self.Tell(new WorkDone(null, e));
            }
        });
    }

    private async Task OnWorkDoneAsync(WorkDone done)
    {
        _busy = false;
        if (_ended)
        {
            if (_stopWhenIdle)
                Context.Stop(Self);
            return;
        }
        switch (done)
        {
            case { Error: { } error }:
                LogWorkFailed(Log, error, _sessionId);
                SendPlain("Something went wrong in the server; your command may not have run. Please try again.");
                SendPrompt();
                break;
            case { Result: WelcomeText welcome }:
                Send(new Output(_sessionId, welcome.Markup));
                SendPrompt();
                break;
            case { Result: LoginAttempt { Result.Succeeded: true } attempt }:
                await LoggedInAsync(attempt).ConfigureAwait(false);
                break;
            case { Result: LoginAttempt attempt }:
                SendPlain(attempt.Result.Error!);
                SendPrompt();
                break;
            case { Result: FailedCommand failed }:
                SendPlain(failed.Text);
                SendPrompt();
                break;
            case { Result: TaskOutcome<MooValue> { IsCommitted: false, Message: { } message } }:
                SendPlain(message);
                SendPrompt();
                break;
            default:
                SendPrompt();
                break;
        }
        ProcessQueue();
    }

    /// <summary>A command whose task did not commit, with what the player is told (see <see cref="CommandFailure"/>).</summary>
    private sealed record FailedCommand(string Text);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId}: work failed with an unexpected error")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception, string sessionId);
}
