using ActorMoo.Runtime.Core;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Objects;

/// <summary>
/// The object's side of the commit protocol: reservations (<see cref="Prepare"/>, <see cref="Install"/>,
/// <see cref="Release"/>), validations of objects a task only read, and the queue of membership-only
/// prepares.
/// </summary>
/// <remarks>
/// Why membership-only prepares queue and all others are refused: a task that only adds or removes a
/// member here (a room whose contents change because something was carried out of it) does not
/// conflict with the holder — membership changes commute — it merely has to wait for the holder's
/// journal write to take the next sequence number. Refusing it would re-run the whole task for
/// nothing. Every task prepares in ascending id order, so a queued task holds only objects below
/// this one and waits only for holders of this one: waits point up the id order and never close a
/// cycle. A queued task that gives up waiting (ask timeout, cancellation) sends
/// <see cref="Release"/>, which takes it out of the queue, so no turn is ever granted to a task that
/// is gone for longer than the reservation timeout.
/// </remarks>
public sealed partial class ObjectActor
{
    /// <summary>The task holding the reservation, or null when free.</summary>
    private long? _reservedBy;

    /// <summary>True while the holder only changes membership (<see cref="Prepare.MembershipOnly"/>).</summary>
    private bool _reservedForMembership;

    /// <summary>Tasks waiting for the reservation to end, answered with <see cref="Free"/> when it does.</summary>
    private readonly List<IActorRef> _awaitingFree = [];

    /// <summary>
    /// Membership-only prepares waiting for their turn, first come first served. Never non-empty while
    /// the object is free: the next one is granted the moment a reservation ends.
    /// </summary>
    private readonly LinkedList<WaitingPrepare> _waitingPrepares = [];

    private long VersionIn(VersionScope scope) => scope == VersionScope.Core ? _state?.CoreVersion ?? 0 : _state?.Version ?? 0;

    private void OnPrepare(Prepare prepare)
    {
        if (_reservedBy is { } holder && holder != prepare.TaskId)
        {
            if (prepare.MembershipOnly)
                _waitingPrepares.AddLast(new WaitingPrepare(Sender, prepare));
            else
                Sender.Tell(new PrepareRefused(_id, $"{_id} is being committed by task {holder}", HeldByAnotherTask: true), Self);
            return;
        }
        Grant(prepare, Sender);
    }

    /// <summary>Reserves the object for <paramref name="prepare"/>'s task if its version still matches; answers <paramref name="asker"/>.</summary>
    private void Grant(Prepare prepare, IActorRef asker)
    {
        var version = VersionIn(prepare.Scope);
        if (version != prepare.ExpectedVersion)
        {
            asker.Tell(new PrepareRefused(_id, $"{_id} is at {prepare.Scope} version {version}, the task read {prepare.ExpectedVersion}"), Self);
            return;
        }
        _reservedBy = prepare.TaskId;
        _reservedForMembership = prepare.MembershipOnly;
        Timers.StartSingleTimer(ReservationExpired.Key, new ReservationExpired(prepare.TaskId), _reservationTimeout);
        asker.Tell(new Prepared(_id, LastSequenceNr), Self);
    }

    private void OnValidate(Validate validate)
    {
        var version = VersionIn(validate.Scope);
        // A membership-only holder may have journaled list changes not installed yet: that matters
        // only to a task that used the lists.
        var holderMatters = validate.Scope == VersionScope.Whole || !_reservedForMembership;
        if (_reservedBy is { } holder && holder != validate.TaskId && holderMatters)
            Sender.Tell(new ValidationFailed(_id, $"{_id} is being committed by task {holder}", HeldByAnotherTask: true), Self);
        else if (version != validate.ExpectedVersion)
            Sender.Tell(new ValidationFailed(_id, $"{_id} is at {validate.Scope} version {version}, the task read {validate.ExpectedVersion}"), Self);
        else
            Sender.Tell(new Validated(_id), Self);
    }

    private void OnInstall(Install install)
    {
        // A fresh incarnation (the old one passivated or expired its reservation) may already have
        // recovered these events from the journal: installing is idempotent.
        if (install.Events.ToSequenceNr > LastSequenceNr)
            ApplyPersisted(install.Events);
        Sender.Tell(new Installed(_id, _state?.Version ?? 0), Self);
        EndReservation(install.TaskId);
    }

    private void OnRelease(Release release)
    {
        Sender.Tell(new Released(_id), Self);
        if (release.Reload)
        {
            // The next incarnation starts free; PostStop refuses the queue.
            ReloadFromJournal();
            return;
        }
        RemoveWaiting(release.TaskId);
        EndReservation(release.TaskId);
    }

    private void OnReservationExpired(ReservationExpired expired)
    {
        if (_reservedBy != expired.TaskId)
            return;
        LogReservationExpired(Log, _id, expired.TaskId, _reservationTimeout);
        ReloadFromJournal();
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
        _reservedForMembership = false;
        Timers.Cancel(ReservationExpired.Key);
        AnswerAwaitingFree();
        GrantNextWaiting();
    }

    /// <summary>Grants the reservation to the first queued prepare that still fits (refusing those that no longer do).</summary>
    private void GrantNextWaiting()
    {
        while (_reservedBy is null && _waitingPrepares.First is { } first)
        {
            _waitingPrepares.RemoveFirst();
            Grant(first.Value.Prepare, first.Value.Asker);
        }
    }

    private void RemoveWaiting(long taskId)
    {
        for (var node = _waitingPrepares.First; node is not null;)
        {
            var next = node.Next;
            if (node.Value.Prepare.TaskId == taskId)
                _waitingPrepares.Remove(node);
            node = next;
        }
    }

    /// <summary>Stopping ends any reservation: waiting tasks may go ahead (the next incarnation starts free).</summary>
    protected override void PostStop()
    {
        AnswerAwaitingFree();
        GiveEveryoneTheirTurn();
        foreach (var waiting in _waitingPrepares)
            waiting.Asker.Tell(new PrepareRefused(_id, $"{_id} stopped while the task waited for it", HeldByAnotherTask: true), Self);
        _waitingPrepares.Clear();
        base.PostStop();
    }

    private void AnswerAwaitingFree()
    {
        foreach (var waiter in _awaitingFree)
            waiter.Tell(new Free(_id), Self);
        _awaitingFree.Clear();
    }

    /// <summary>A membership-only prepare waiting for its turn, with whom to answer.</summary>
    private sealed record WaitingPrepare(IActorRef Asker, Prepare Prepare);

    /// <summary>Timer message: the reservation of <paramref name="TaskId"/> has lasted too long.</summary>
    private sealed record ReservationExpired(long TaskId)
    {
        public const string Key = "reservation";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reservation of {Object} by task {TaskId} expired after {Timeout}; the object reloads from the journal")]
    private static partial void LogReservationExpired(ILogger logger, ObjectId @object, long taskId, TimeSpan timeout);
}
