using ActorMoo.Actors.Model;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;
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
/// and refuses other reservations. A reservation that is neither installed nor released within
/// <see cref="WorldSettings.ReservationTimeout"/> (its task's process died) ends by stopping the
/// actor: the next incarnation recovers whatever the journal holds, committed or not.
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

    /// <summary>The task holding the reservation, or null when free.</summary>
    private long? _reservedBy;

    /// <summary>Tasks waiting for the reservation to end, answered with <see cref="Free"/> when it does.</summary>
    private readonly List<IActorRef> _awaitingFree = [];

    /// <summary>Creates the actor of the object named by its entity id (<c>#N</c>).</summary>
    public ObjectActor(PersistenceRuntime persistence, WorldSettings settings)
        : base(persistence)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var entityId = ShardRegion.EntityIdOf(Self);
        if (!ObjectId.TryParse(entityId, out _id))
            throw new ArgumentException($"Object actors are named by object ids like #12, not '{entityId}'.");
        _reservationTimeout = settings.ReservationTimeout;
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

    private void OnPrepare(Prepare prepare)
    {
        var version = _state?.Version ?? 0;
        if (_reservedBy is { } holder && holder != prepare.TaskId)
        {
            Sender.Tell(new PrepareRefused(_id, $"{_id} is being committed by task {holder}", HeldByAnotherTask: true), Self);
        }
        else if (version != prepare.ExpectedVersion)
        {
            Sender.Tell(new PrepareRefused(_id, $"{_id} is at version {version}, the task read version {prepare.ExpectedVersion}"), Self);
        }
        else
        {
            _reservedBy = prepare.TaskId;
            Timers.StartSingleTimer(ReservationExpired.Key, new ReservationExpired(prepare.TaskId), _reservationTimeout);
            Sender.Tell(new Prepared(_id, LastSequenceNr), Self);
        }
    }

    private void OnValidate(Validate validate)
    {
        var version = _state?.Version ?? 0;
        if (_reservedBy is { } holder && holder != validate.TaskId)
            Sender.Tell(new ValidationFailed(_id, $"{_id} is being committed by task {holder}", HeldByAnotherTask: true), Self);
        else if (version != validate.ExpectedVersion)
            Sender.Tell(new ValidationFailed(_id, $"{_id} is at version {version}, the task read version {validate.ExpectedVersion}"), Self);
        else
            Sender.Tell(new Validated(_id), Self);
    }

    private void OnInstall(Install install)
    {
        // A fresh incarnation (the old one passivated or expired its reservation) may already have
        // recovered these events from the journal: installing is idempotent.
        if (install.Events.ToSequenceNr > LastSequenceNr)
            ApplyPersisted(install.Events);
        EndReservation(install.TaskId);
        Sender.Tell(new Installed(_id, _state?.Version ?? 0), Self);
    }

    private void OnRelease(Release release)
    {
        EndReservation(release.TaskId);
        Sender.Tell(new Released(_id), Self);
        if (release.Reload)
            Context.Stop(Self);
    }

    private void OnReservationExpired(ReservationExpired expired)
    {
        if (_reservedBy != expired.TaskId)
            return;
        LogReservationExpired(Log, _id, expired.TaskId, _reservationTimeout);
        Context.Stop(Self);
    }

    private void OnAwaitFree()
    {
        if (_reservedBy is null)
            Sender.Tell(new Free(_id), Self);
        else
            _awaitingFree.Add(Sender);
    }

    private void EndReservation(long taskId)
    {
        if (_reservedBy != taskId)
            return;
        _reservedBy = null;
        Timers.Cancel(ReservationExpired.Key);
        AnswerAwaitingFree();
    }

    /// <summary>Stopping ends any reservation: waiting tasks may go ahead (the next incarnation starts free).</summary>
    protected override void PostStop()
    {
        AnswerAwaitingFree();
        base.PostStop();
    }

    private void AnswerAwaitingFree()
    {
        foreach (var waiter in _awaitingFree)
            waiter.Tell(new Free(_id), Self);
        _awaitingFree.Clear();
    }

    /// <summary>Timer message: the reservation of <paramref name="TaskId"/> has lasted too long.</summary>
    private sealed record ReservationExpired(long TaskId)
    {
        public const string Key = "reservation";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reservation of {Object} by task {TaskId} expired after {Timeout}; the object reloads from the journal")]
    private static partial void LogReservationExpired(ILogger logger, ObjectId @object, long taskId, TimeSpan timeout);
}
