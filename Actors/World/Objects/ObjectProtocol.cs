using ActorMoo.Actors.Model;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Objects;

/// <summary>
/// The messages an <see cref="ObjectActor"/> understands. They travel inside a
/// <c>ShardingEnvelope</c> whose entity id is the object's <c>#N</c>. The transaction layer drives
/// them as a two-phase commit: read; prepare (reserve) the objects the task writes and validate the
/// ones it only read; then install or release.
/// </summary>
public static class ObjectProtocol
{
    /// <summary>Which of an object's versions a prepare or a validation compares.</summary>
    public enum VersionScope
    {
        /// <summary>
        /// <see cref="ObjectState.Version"/>: every change counts. For a task that used the object's
        /// contents or children list (<see cref="IObjectLookup.NoteMembershipRead"/>).
        /// </summary>
        Whole,

        /// <summary>
        /// <see cref="ObjectState.CoreVersion"/>: members coming and going do not count. For a task
        /// that read the object but not its lists.
        /// </summary>
        Core,
    }

    /// <summary>Asks for the committed state; answered with <see cref="ObjectRead"/>.</summary>
    public sealed record Read
    {
        /// <summary>The only instance.</summary>
        public static Read Instance { get; } = new();
    }

    /// <summary>The committed state of an object and the journal sequence number it is at.</summary>
    /// <param name="Id">The object.</param>
    /// <param name="State">Its committed state, or null when it was never created.</param>
    /// <param name="SequenceNr">The journal sequence number of the last event applied (0 for none).</param>
    public sealed record ObjectRead(ObjectId Id, ObjectState? State, long SequenceNr)
    {
        /// <summary>The version a task validates against: the state's version, 0 when absent.</summary>
        public long Version => State?.Version ?? 0;
    }

    /// <summary>
    /// Reserves the object for <paramref name="TaskId"/> if it is still at <paramref name="ExpectedVersion"/>
    /// (compared as <paramref name="Scope"/> says); answered with <see cref="Prepared"/> or
    /// <see cref="PrepareRefused"/>. A reserved object refuses other reservations at once, so two
    /// tasks can never deadlock on each other — except a <paramref name="MembershipOnly"/> one, which
    /// waits its turn in a first-come queue: tasks prepare in ascending id order, so a task waiting
    /// for an object holds only lower ones and a chain of waits can never close into a cycle.
    /// </summary>
    /// <param name="TaskId">The committing task.</param>
    /// <param name="ExpectedVersion">The version the task read (0 for an object it creates).</param>
    /// <param name="Scope">Which version <paramref name="ExpectedVersion"/> is.</param>
    /// <param name="MembershipOnly">
    /// The task only adds or removes members of the object's lists here (<see cref="MembershipDeltas"/>),
    /// which commute with other tasks' membership changes: it queues instead of being refused, and
    /// its reservation does not fail other tasks' <see cref="VersionScope.Core"/> validations.
    /// </param>
    public sealed record Prepare(long TaskId, long ExpectedVersion, VersionScope Scope = VersionScope.Whole, bool MembershipOnly = false);

    /// <summary>The object is reserved for the task; nothing else changes it until install or release.</summary>
    /// <param name="Id">The object.</param>
    /// <param name="SequenceNr">Its journal sequence number: the expected sequence number of the task's write.</param>
    public sealed record Prepared(ObjectId Id, long SequenceNr);

    /// <summary>The reservation was refused; the task aborts and may re-run.</summary>
    /// <param name="Id">The object.</param>
    /// <param name="Reason">Why, for logs: a newer version or another task's reservation.</param>
    /// <param name="HeldByAnotherTask">True when another task holds the object: re-running is useful only once it is free.</param>
    public sealed record PrepareRefused(ObjectId Id, string Reason, bool HeldByAnotherTask = false);

    /// <summary>
    /// Checks, without reserving, that the object is still at <paramref name="ExpectedVersion"/> and
    /// that no other task holds it: how a committing task validates an object it only read (Silo's
    /// read-set validation). Answered with <see cref="Validated"/> or <see cref="ValidationFailed"/>.
    /// </summary>
    /// <remarks>
    /// A reservation by another task fails the check even at the expected version: that task may
    /// already have written a newer state to the journal that is not installed yet.
    /// </remarks>
    /// <param name="TaskId">The validating task (its own reservation does not fail the check).</param>
    /// <param name="ExpectedVersion">The version the task read.</param>
    /// <param name="Scope">
    /// Which version <paramref name="ExpectedVersion"/> is. For <see cref="VersionScope.Core"/> a
    /// reservation that only changes membership does not fail the check: the task did not use the lists.
    /// </param>
    public sealed record Validate(long TaskId, long ExpectedVersion, VersionScope Scope = VersionScope.Whole);

    /// <summary>The object is at the version the task read and no other task holds it.</summary>
    /// <param name="Id">The object.</param>
    public sealed record Validated(ObjectId Id);

    /// <summary>The object changed since the task read it, or another task is committing it; the task aborts and may re-run.</summary>
    /// <param name="Id">The object.</param>
    /// <param name="Reason">Why, for logs: a newer version or another task's reservation.</param>
    /// <param name="HeldByAnotherTask">True when another task holds the object: re-running is useful only once it is free.</param>
    public sealed record ValidationFailed(ObjectId Id, string Reason, bool HeldByAnotherTask = false);

    /// <summary>
    /// Answered with <see cref="Free"/> as soon as no task holds the object (at once if none does).
    /// Only a task that holds no reservation may wait for it, so waiting never deadlocks.
    /// </summary>
    public sealed record AwaitFree
    {
        /// <summary>The only instance.</summary>
        public static AwaitFree Instance { get; } = new();
    }

    /// <summary>The object is not reserved (or its actor stopped, which ends any reservation).</summary>
    /// <param name="Id">The object.</param>
    public sealed record Free(ObjectId Id);

    /// <summary>
    /// Asks for the task's turn on this object: tasks that conflicted on the object re-run one at a
    /// time, first come first served, so that a crowd fighting over one thing does not starve
    /// anyone. Answered with <see cref="Turn"/> when it comes. A turn is a fairness aid only — it
    /// guards nothing — so it ends when its holder sends <see cref="EndTurn"/> (from every exit of
    /// the task), when its lease runs out (<see cref="WorldSettings.AskTimeout"/>), or when the
    /// object's actor stops; a task must hold at most one turn and never wait for one while
    /// holding one, so turns cannot deadlock.
    /// </summary>
    /// <param name="TaskId">The task (its id, stable across its attempts).</param>
    public sealed record TakeTurn(long TaskId);

    /// <summary>It is the task's turn on the object.</summary>
    /// <param name="Id">The object.</param>
    public sealed record Turn(ObjectId Id);

    /// <summary>Ends the task's turn on the object, or takes the task out of the turn queue; not answered.</summary>
    /// <param name="TaskId">The task.</param>
    public sealed record EndTurn(long TaskId);

    /// <summary>
    /// Applies events that the task already made durable in its atomic journal write, then ends the
    /// reservation; answered with <see cref="Installed"/>. Events already known (an incarnation that
    /// recovered them from the journal) are skipped.
    /// </summary>
    /// <param name="TaskId">The task holding the reservation.</param>
    /// <param name="Events">The object's part of the write.</param>
    public sealed record Install(long TaskId, PersistedEvents Events);

    /// <summary>The events are applied and the reservation ended.</summary>
    /// <param name="Id">The object.</param>
    /// <param name="Version">Its version now.</param>
    public sealed record Installed(ObjectId Id, long Version);

    /// <summary>
    /// Ends the task's reservation without changes; answered with <see cref="Released"/>.
    /// With <paramref name="Reload"/> the actor stops afterwards so that its next incarnation
    /// recovers from the journal: for a write whose outcome is unknown.
    /// </summary>
    /// <param name="TaskId">The task holding the reservation.</param>
    /// <param name="Reload">Reload the state from the journal.</param>
    public sealed record Release(long TaskId, bool Reload = false);

    /// <summary>The reservation (if the task held one) is ended.</summary>
    /// <param name="Id">The object.</param>
    public sealed record Released(ObjectId Id);
}
