using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.World.StressHost;

/// <summary>
/// One simulated player: command after command, each a world task that gets an item from the room,
/// drops one, gives one to another player in the room, or walks to another room. Like a real
/// player it waits for each command's acknowledgement (durable in the <see cref="AckLog"/>) before
/// typing the next.
/// </summary>
internal sealed class SimulatedPlayer
{
    private readonly WorldTasks _tasks;
    private readonly StressWorldIndex _world;
    private readonly ObjectId _player;
    private readonly AckLog _acks;
    private readonly Random _random;

    public SimulatedPlayer(WorldTasks tasks, StressWorldIndex world, ObjectId player, AckLog acks, int seed)
    {
        _tasks = tasks;
        _world = world;
        _player = player;
        _acks = acks;
        _random = new Random(seed);
    }

    /// <summary>Plays until <paramref name="cancellationToken"/> fires (in practice: until the process is killed).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var outcome = await _tasks.RunAsync(PlanCommandAsync, cancellationToken).ConfigureAwait(false);
            if (outcome.IsCommitted && outcome.Value is { } moved)
                await _acks.AppendAsync(moved).ConfigureAwait(false);
        }
    }

    /// <summary>The body of one command. Re-runs after a conflict see the world afresh and may choose differently.</summary>
    private async ValueTask<Acknowledgement?> PlanCommandAsync(WorldTransaction tx, CancellationToken cancellationToken)
    {
        var me = await FindAsync(tx, _player, cancellationToken).ConfigureAwait(false);
        var here = me.Location;
        var room = await FindAsync(tx, here, cancellationToken).ConfigureAwait(false);
        var carried = me.Contents.Where(_world.IsItem).ToList();
        var roll = _random.Next(100);
        if (roll < 35 && Pick(room.Contents.Where(_world.IsItem).ToList()) is { } onTheFloor)
            return await MoveAsync(tx, onTheFloor, _player, cancellationToken).ConfigureAwait(false);
        if (roll < 70 && Pick(carried) is { } dropped)
            return await MoveAsync(tx, dropped, here, cancellationToken).ConfigureAwait(false);
        if (roll < 90 && Pick(carried) is { } given && Pick(room.Contents.Where(p => _world.IsPlayer(p) && p != _player).ToList()) is { } receiver)
            return await MoveAsync(tx, given, receiver, cancellationToken).ConfigureAwait(false);
        var destination = _world.Rooms[_random.Next(_world.Rooms.Count)];
        return destination == here ? null : await MoveAsync(tx, _player, destination, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<Acknowledgement?> MoveAsync(WorldTransaction tx, ObjectId what, ObjectId destination, CancellationToken cancellationToken)
    {
        var state = await FindAsync(tx, what, cancellationToken).ConfigureAwait(false);
        var changes = Movement.Plan(state, destination);
        if (changes.IsEmpty)
            return null;
        await tx.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        // The move is the only event on the moved object: its version rises by exactly one.
        return new Acknowledgement(what, destination, state.Version + 1);
    }

    private static async ValueTask<ObjectState> FindAsync(WorldTransaction tx, ObjectId id, CancellationToken cancellationToken) =>
        await tx.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{id} of the stress world does not exist.");

    private ObjectId? Pick(List<ObjectId> choices) => choices.Count == 0 ? null : choices[_random.Next(choices.Count)];
}
