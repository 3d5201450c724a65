using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Players;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

public sealed partial class VerbTask
{
    /// <summary>
    /// MOO's <c>players()</c>: every valid object with the player flag, as this task sees the world —
    /// the directory's players that are still valid players, plus the objects this task itself made
    /// players (read-your-writes), in ascending order.
    /// </summary>
    /// <remarks>Every candidate is read, so a task that lists the players is re-run if one of them changes before it commits.</remarks>
    public async ValueTask<MooValue> PlayersAsync(CancellationToken cancellationToken = default)
    {
        var candidates = new SortedSet<ObjectId>(await Services.Players.PlayersAsync(cancellationToken).ConfigureAwait(false));
        candidates.UnionWith(Transaction.Writes.Keys);
        var players = new List<MooValue>(candidates.Count);
        foreach (var id in candidates)
        {
            if (await Transaction.FindValidAsync(id, cancellationToken).ConfigureAwait(false) is { } state && state.Has(ObjectFlags.Player))
                players.Add(id);
        }
        return MooValue.List(players);
    }

    /// <summary>MOO's <c>connected_players()</c>: the players connected now, in ascending order.</summary>
    public async ValueTask<MooValue> ConnectedPlayersAsync(CancellationToken cancellationToken = default)
    {
        var connected = await Services.Connected.ConnectedAsync(cancellationToken).ConfigureAwait(false);
        return MooValue.List(connected.Select(c => MooValue.Object(c.Player)));
    }

    /// <summary>MOO's <c>connected_seconds(player)</c>: whole seconds since <paramref name="player"/> connected.</summary>
    /// <exception cref="VerbError">The player is not connected.</exception>
    public async ValueTask<MooValue> ConnectedSecondsAsync(ObjectId player, CancellationToken cancellationToken = default) =>
        SecondsSince((await ConnectionOfAsync(player, cancellationToken).ConfigureAwait(false)).ConnectedAt);

    /// <summary>MOO's <c>idle_seconds(player)</c>: whole seconds since <paramref name="player"/> last typed a line.</summary>
    /// <exception cref="VerbError">The player is not connected.</exception>
    public async ValueTask<MooValue> IdleSecondsAsync(ObjectId player, CancellationToken cancellationToken = default) =>
        SecondsSince((await ConnectionOfAsync(player, cancellationToken).ConfigureAwait(false)).LastInputAt);

    /// <summary>
    /// MOO's <c>boot_player(player)</c>: disconnects every connection of <paramref name="player"/> when
    /// the task commits. A wizard may boot anyone, a verb owned by the player itself only the player.
    /// </summary>
    public async ValueTask<MooValue> BootPlayerAsync(ObjectId player, CancellationToken cancellationToken = default)
    {
        VerbError.ThrowIfDenied(SystemRules.CanBoot(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), player));
        Transaction.Emit(new BootPlayerEffect(player));
        return MooValue.Nil;
    }

    /// <summary>
    /// MOO's <c>set_player_flag(obj, value)</c> (wizards only): sets or clears the player flag. Clearing it
    /// also disconnects the object, as in LambdaMOO, since a non-player cannot stay connected.
    /// </summary>
    public async ValueTask<MooValue> SetPlayerFlagAsync(ObjectId target, bool value, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        VerbError.ThrowIfDenied(SystemRules.CanSetPlayerFlag(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), state));
        var flags = value ? state.Flags | ObjectFlags.Player : state.Flags & ~ObjectFlags.Player;
        if (flags != state.Flags)
            await Transaction.ApplyAsync([new ObjectChange(target, new FlagsChanged(flags))], cancellationToken).ConfigureAwait(false);
        if (!value)
            Transaction.Emit(new BootPlayerEffect(target));
        return MooValue.Nil;
    }

    private async ValueTask<ConnectedPlayer> ConnectionOfAsync(ObjectId player, CancellationToken cancellationToken) =>
        await Services.Connected.FindAsync(player, cancellationToken).ConfigureAwait(false)
        ?? throw new VerbError($"{player} is not connected.");

    /// <summary>Whole seconds from <paramref name="since"/> to now, never negative (a clock step back must not show -1).</summary>
    private MooValue SecondsSince(DateTimeOffset since) =>
        MooValue.Integer(Math.Max(0, (long)(Services.Time.GetUtcNow() - since).TotalSeconds));
}
