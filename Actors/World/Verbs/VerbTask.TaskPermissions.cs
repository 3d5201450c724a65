using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

public sealed partial class VerbTask
{
    /// <summary>
    /// LambdaMOO's <c>set_task_perms</c>: the running verb continues with <paramref name="who"/>'s
    /// permissions instead of its owner's, until it returns (verbs it calls still run as their own
    /// owners). Only a wizard may take someone else's permissions; anyone may take their own.
    /// </summary>
    /// <remarks>
    /// This is how the starter core's commands, which a wizard owns so that they can move things and
    /// read help for everyone, act for the player: <c>@describe</c>, <c>@set</c> or <c>;</c> call
    /// <c>set_task_perms(player)</c> first, and every check the world makes after that is the
    /// player's own, with the world's own refusal messages.
    /// </remarks>
    public async ValueTask<MooValue> SetTaskPermissionsAsync(ObjectId who, CancellationToken cancellationToken = default)
    {
        var current = Current;
        if (who != current.Programmer && !(await ProgrammerAsync(cancellationToken).ConfigureAwait(false)).IsWizard)
            throw new VerbError($"Permission denied: only a wizard may take another player's permissions ({who}).");
        _frames[Depth - 1] = current with { Programmer = who };
        return MooValue.Nil;
    }
}
