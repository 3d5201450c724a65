using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// A task changed a player's password (<c>accounts.set_password</c>): like output, the change is
/// made only when the task commits, so an aborted <c>@password</c> changes nothing.
/// </summary>
/// <param name="Player">The player whose account changes.</param>
/// <param name="Password">The new hash (computed in the task; the password itself is never kept).</param>
public sealed record PasswordChangeEffect(ObjectId Player, PasswordHash Password) : TaskEffect;

/// <summary>
/// Applies committed <see cref="PasswordChangeEffect"/>s to the account directory; passes every other
/// effect to the next sink. The change reaches the directory before <see cref="Release"/> returns,
/// that is before the task's caller learns it committed (see <see cref="AccountService.ApplyCommittedPasswordChange"/>).
/// </summary>
public sealed class AccountEffectSink : ITaskEffectSink
{
    private readonly Func<AccountService> _accounts;
    private readonly ITaskEffectSink? _next;

    /// <summary>
    /// Creates the sink. <paramref name="accounts"/> is called when a change arrives (the account
    /// service is usually built after the task runner that releases effects into this sink).
    /// </summary>
    public AccountEffectSink(Func<AccountService> accounts, ITaskEffectSink? next = null)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        _accounts = accounts;
        _next = next;
    }

    /// <inheritdoc />
    public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
    {
        List<TaskEffect>? others = null;
        foreach (var effect in effects)
        {
            if (effect is PasswordChangeEffect change)
                _accounts().ApplyCommittedPasswordChange(change.Player, change.Password);
            else
                (others ??= []).Add(effect);
        }
        if (others is not null && _next is not null)
            _next.Release(taskId, others);
    }
}
