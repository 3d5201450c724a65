using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// One attempt of a task: the objects it read (with the committed versions seen, and whether it used
/// their contents or children lists), the events it
/// buffered per object, and the effects it will release on commit. It is the
/// <see cref="IObjectLookup"/> the model's functions run over, showing committed states with the
/// task's own changes applied. Nothing is visible to other tasks until <see cref="TransactionCommitter"/>
/// commits it.
/// </summary>
/// <remarks>
/// A verb run is sequential, but a read whose reply the script could not wait for may complete
/// while the script continues, so the maps are guarded by a lock.
/// </remarks>
public sealed class WorldTransaction : IObjectLookup
{
    private readonly WorldObjects _objects;
    private readonly Lock _gate = new();

    /// <summary>The read set: every object the task looked at, with the committed versions it saw (0 for a new object).</summary>
    private readonly Dictionary<ObjectId, (long Version, long CoreVersion)> _readVersions = [];

    /// <summary>
    /// Objects the task has only peeked at (<see cref="PeekAsync"/>), with the versions seen: in the
    /// view, but not in the read set until the task reads, uses or writes them.
    /// </summary>
    private readonly Dictionary<ObjectId, (long Version, long CoreVersion)> _peeked = [];

    /// <summary>The objects whose contents or children list the task used (<see cref="NoteMembershipRead"/>).</summary>
    private readonly HashSet<ObjectId> _membershipRead = [];

    /// <summary>What the task sees: committed states with its own events applied (null for objects that do not exist).</summary>
    private readonly Dictionary<ObjectId, ObjectState?> _view = [];

    /// <summary>The buffered events per object, in the order they were applied.</summary>
    private readonly Dictionary<ObjectId, List<ObjectEvent>> _writes = [];

    /// <summary>Effects to release on commit, in order.</summary>
    private readonly List<TaskEffect> _effects = [];

    /// <summary>Starts an empty attempt.</summary>
    /// <param name="objects">The world's objects.</param>
    /// <param name="taskId">The task, stable across re-runs.</param>
    /// <param name="attemptId">This attempt, unique in the process: the key of its object reservations.</param>
    public WorldTransaction(WorldObjects objects, long taskId, long attemptId)
    {
        ArgumentNullException.ThrowIfNull(objects);
        _objects = objects;
        TaskId = taskId;
        AttemptId = attemptId;
    }

    /// <summary>The task, as verbs see it (<c>task_id()</c>).</summary>
    public long TaskId { get; }

    /// <summary>This attempt's id, which reserves objects at commit.</summary>
    public long AttemptId { get; }

    /// <summary>True once the task has buffered at least one event.</summary>
    public bool HasWrites
    {
        get { lock (_gate) return _writes.Count > 0; }
    }

    /// <inheritdoc />
    public ValueTask<ObjectState?> FindAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        ReadAsync(id, depend: true, cancellationToken);

    /// <inheritdoc />
    public ValueTask<ObjectState?> PeekAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        ReadAsync(id, depend: false, cancellationToken);

    private async ValueTask<ObjectState?> ReadAsync(ObjectId id, bool depend, CancellationToken cancellationToken)
    {
        if (id.Value < 0)
            return null;
        lock (_gate)
        {
            if (_view.TryGetValue(id, out var seen))
            {
                if (depend) DependOnPeeked(id);
                return seen;
            }
        }
        var read = await _objects.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            // The first read wins: a repeated read must see the same (or the task's own) state.
            if (_view.TryGetValue(id, out var seen))
            {
                if (depend) DependOnPeeked(id);
                return seen;
            }
            _view[id] = read.State;
            var versions = (read.Version, read.State?.CoreVersion ?? 0);
            if (depend) _readVersions[id] = versions;
            else _peeked[id] = versions;
            return read.State;
        }
    }

    /// <summary>Moves a peeked object into the read set, with the versions seen when it was peeked at (under <see cref="_gate"/>).</summary>
    private void DependOnPeeked(ObjectId id)
    {
        if (_peeked.Remove(id, out var versions))
            _readVersions[id] = versions;
    }

    /// <summary>
    /// Applies the changes of one operation to the task's view, all or none: if an event does not fit
    /// its object, nothing of the operation is kept and <see cref="ObjectEventException"/> is thrown.
    /// </summary>
    public async ValueTask ApplyAsync(IEnumerable<ObjectChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var list = changes as IReadOnlyCollection<ObjectChange> ?? [.. changes];
        foreach (var change in list)
            await FindAsync(change.Target, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            var staged = new Dictionary<ObjectId, ObjectState>();
            foreach (var change in list)
            {
                var current = staged.TryGetValue(change.Target, out var s) ? s : _view[change.Target];
                try
                {
                    staged[change.Target] = ObjectEvents.Apply(current, change.Event);
                }
                catch (ObjectEventException) when (MembershipDeltas.Is(change.Event))
                {
                    // The member's own field said it is (or is not) in this list, and committed states
                    // always agree on that: the task read the list before the member moved. Depending
                    // on the list now makes the commit (or the failure's validation) see the change
                    // and re-run the task instead of failing it on a stale list.
                    _membershipRead.Add(change.Target);
                    throw;
                }
            }
            foreach (var change in list)
            {
                if (!_writes.TryGetValue(change.Target, out var events))
                    _writes[change.Target] = events = [];
                events.Add(change.Event);
            }
            foreach (var (id, state) in staged)
                _view[id] = state;
        }
    }

    /// <summary>A fresh object id for an object this task creates; the id is known to have no state yet.</summary>
    public async Task<ObjectId> AllocateIdAsync(CancellationToken cancellationToken = default)
    {
        var id = await _objects.AllocateIdAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _view[id] = null;
            _readVersions[id] = (0, 0);
        }
        return id;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The command parser's name lookups and the choice of who hears an <c>announce</c> do not call
    /// this: they only look names up in a list, and every object they find is read (and checked)
    /// itself. Verb code reading <c>obj.contents</c> or <c>children()</c>, and planners that act on
    /// every member (recycling, walking descendants), do.
    /// </remarks>
    public void NoteMembershipRead(ObjectId id)
    {
        lock (_gate)
        {
            _membershipRead.Add(id);
            DependOnPeeked(id);
        }
    }

    /// <summary>Buffers an effect, released only if the task commits.</summary>
    public void Emit(TaskEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        lock (_gate) _effects.Add(effect);
    }

    /// <summary>The read set with what each read depends on, copied.</summary>
    internal IReadOnlyDictionary<ObjectId, ReadEntry> Reads
    {
        get
        {
            lock (_gate)
                return _readVersions.ToDictionary(r => r.Key, r => new ReadEntry(r.Value.Version, r.Value.CoreVersion, _membershipRead.Contains(r.Key)));
        }
    }

    /// <summary>The buffered events per object, copied.</summary>
    internal IReadOnlyDictionary<ObjectId, IReadOnlyList<object>> Writes
    {
        get { lock (_gate) return _writes.ToDictionary(w => w.Key, w => (IReadOnlyList<object>)[.. w.Value]); }
    }

    /// <summary>The buffered effects, copied.</summary>
    internal IReadOnlyList<TaskEffect> Effects
    {
        get { lock (_gate) return [.. _effects]; }
    }
}
