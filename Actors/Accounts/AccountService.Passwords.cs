using System.Collections.Concurrent;
using ActorMoo.Runtime.Core;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// Password changes. A change is one message to the directory, sent before the call returns: the
/// directory handles its messages in order, so any login or verification asked for after that sees
/// the new password. Changes released by committed tasks are also tracked until stored, so a
/// session can wait for them before it reports the command done (<see cref="WhenPasswordChangesStoredAsync"/>).
/// </summary>
public sealed partial class AccountService
{
    /// <summary>Password changes of committed tasks not yet stored, by a number of this process.</summary>
    private readonly ConcurrentDictionary<long, Task<bool>> _changesInFlight = new();

    /// <summary>The last number given to a change in <see cref="_changesInFlight"/>.</summary>
    private long _lastChange;

    /// <summary>
    /// Stores a hash as the password of <paramref name="player"/>'s account; false when the player has none.
    /// The request reaches the directory before this returns its task.
    /// </summary>
    public async Task<bool> SetPasswordAsync(ObjectId player, PasswordHash hash, CancellationToken cancellationToken = default)
    {
        // No await before the Ask: the directory must get the change before the caller goes on.
        var stored = (await _directory.Ask<AccountDirectoryActor.PasswordChanged>(
            new AccountDirectoryActor.ChangePlayerPassword(player.Value, hash), AskTimeout, cancellationToken).ConfigureAwait(false)).Ok;
        if (stored)
            LogPasswordChanged(_logger, player);
        return stored;
    }

    /// <summary>
    /// Applies the password change of a task that has just committed (<see cref="AccountEffectSink"/>):
    /// sent to the directory at once, and tracked until stored. Never throws; a failure is logged.
    /// </summary>
    public void ApplyCommittedPasswordChange(ObjectId player, PasswordHash hash)
    {
        var number = Interlocked.Increment(ref _lastChange);
        var stored = StoreCommittedAsync(player, hash);
        _changesInFlight[number] = stored;
        // Registered after the insertion, so the entry goes even when the change was stored at once.
        _ = stored.ContinueWith(_ => _changesInFlight.TryRemove(number, out Task<bool>? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// Completes when every password change released by committed tasks so far has been stored (or
    /// has failed). Sessions await it after a command, so <c>@password</c> is in force before its prompt.
    /// </summary>
    public Task WhenPasswordChangesStoredAsync() =>
        _changesInFlight.IsEmpty ? Task.CompletedTask : Task.WhenAll(_changesInFlight.Values);

    private async Task<bool> StoreCommittedAsync(ObjectId player, PasswordHash hash)
    {
        try
        {
            var stored = await SetPasswordAsync(player, hash).ConfigureAwait(false);
            if (!stored)
                LogCommittedChangeLost(_logger, player, null);
            return stored;
        }
        catch (Exception e)
        {
            LogCommittedChangeLost(_logger, player, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of player {Player} changed")]
    private static partial void LogPasswordChanged(ILogger logger, ObjectId player);

    [LoggerMessage(Level = LogLevel.Error, Message = "The password change of player {Player} was committed but could not be stored; the old password stays")]
    private static partial void LogCommittedChangeLost(ILogger logger, ObjectId player, Exception? exception);
}
