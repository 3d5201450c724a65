using ActorMoo.Actors.Model;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Objects;

/// <summary>
/// One MOO object as a persistent, sharded actor. It holds the committed <see cref="ObjectState"/>
/// (recovered from snapshots and events), answers reads, and takes part in task commits: a task
/// reserves every object it writes with <see cref="Prepare"/>, checks every object it only read
/// with <see cref="Validate"/>, writes the written objects' events in one atomic journal write,
/// then sends <see cref="Install"/> (or <see cref="Release"/> on abort).
/// </summary>
/// <remarks>
/// The actor never writes to the journal itself: all changes are written by tasks. While reserved
/// it answers reads with the committed state (the task's changes are not visible before install)
/// and refuses other reservations, except membership-only ones, which queue (ObjectActor.Reservations.cs);
/// it also keeps the turns of tasks re-running after a conflict on it (ObjectActor.Turns.cs).
/// A reservation that is neither installed nor released within
/// <see cref="WorldSettings.ReservationTimeout"/> (its task's process died) ends this incarnation
/// through passivation (ObjectActor.Reload.cs): the next one recovers whatever the journal holds,
/// committed or not, and gets every message sent meanwhile.
/// Passivation may stop a reserved object too: the journal's expected sequence numbers still
/// refuse any write based on a stale state, and installing is idempotent, so a commit that meets
/// a fresh incarnation completes correctly.
/// </remarks>
public sealed partial class ObjectActor : PersistentActor
{
    private readonly ObjectId _id;
    private readonly TimeSpan _reservationTimeout;

    /// <summary>The committed state; null until the object is created.</summary>
    private ObjectState? _state;

    /// <summary>Creates the actor of the object named by its entity id (<c>#N</c>).</summary>
    public ObjectActor(PersistenceRuntime persistence, WorldSettings settings)
        : base(persistence)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var entityId = ShardRegion.EntityIdOf(Self);
        if (!ObjectId.TryParse(entityId, out _id))
            throw new ArgumentException($"Object actors are named by object ids like #12, not '{entityId}'.");
        _reservationTimeout = settings.ReservationTimeout;
        _turnLease = settings.AskTimeout;
        PersistenceId = PersistenceIdOf(_id);

        OnEvent<ObjectEvent>(e => _state = ObjectEvents.Apply(_state, e));
        OnSnapshot<ObjectState>(s => _state = s);

        Receive<Read>(_ => Sender.Tell(new ObjectRead(_id, _state, LastSequenceNr), Self));
        Receive<Prepare>(OnPrepare);
        Receive<Validate>(OnValidate);
        Receive<Install>(OnInstall);
        Receive<Release>(OnRelease);
        Receive<ReservationExpired>(OnReservationExpired);
        Receive<AwaitFree>(_ => OnAwaitFree());
        Receive<TakeTurn>(OnTakeTurn);
        Receive<EndTurn>(OnEndTurn);
        Receive<TurnLeaseExpired>(OnTurnLeaseExpired);
    }

    /// <inheritdoc />
    public override string PersistenceId { get; }

    /// <summary>The journal id of an object's events: <c>object-123</c>.</summary>
    public static string PersistenceIdOf(ObjectId id) => "object-" + id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Props every object shares; each incarnation reads its id from its own name.</summary>
    public static Props Props(PersistenceRuntime persistence, WorldSettings settings) =>
        Runtime.Core.Props.Create(() => new ObjectActor(persistence, settings));

    /// <inheritdoc />
    protected override object? CreateSnapshot() => _state;
}
