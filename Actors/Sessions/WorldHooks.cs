using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// LambdaMOO's connection hooks on the system object: after a login the session calls
/// <c>#0:user_created(player)</c>, <c>#0:user_connected(player)</c> or <c>#0:user_reconnected(player)</c>
/// (a take-over), and when the player leaves <c>#0:user_disconnected(player)</c>, each as its own task
/// and only when #0 defines the verb (executable). That is where a core says "look" on arrival or
/// announces arrivals and departures.
/// </summary>
public static class WorldHooks
{
    /// <summary>The hook after <c>create</c>.</summary>
    public const string UserCreated = "user_created";

    /// <summary>The hook after <c>connect</c>.</summary>
    public const string UserConnected = "user_connected";

    /// <summary>The hook after a <c>connect</c> that took over a connected player.</summary>
    public const string UserReconnected = "user_reconnected";

    /// <summary>The hook after the player's session ended (not after a take-over).</summary>
    public const string UserDisconnected = "user_disconnected";

    /// <summary>Runs <c>#0:<paramref name="hook"/>(player)</c> as a task of <paramref name="player"/>; null when #0 has no such verb.</summary>
    public static async Task<TaskOutcome<MooValue>?> RunAsync(WorldTasks tasks, VerbExecutor verbs, ObjectId player, string hook, CancellationToken cancellationToken = default)
    {
        var defined = await tasks.RunAsync(
            async (tx, ct) => await tx.FindValidAsync(SystemObjects.System, ct).ConfigureAwait(false) is { } system
                && await VerbLookup.FindCallableAsync(tx, system, hook, ct).ConfigureAwait(false) is not null,
            cancellationToken).ConfigureAwait(false);
        if (defined is not { IsCommitted: true, Value: true })
            return null;
        return await verbs.CallAsync(player, SystemObjects.System, hook, [MooValue.Object(player)], cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
