namespace ActorMoo.Runtime.Core;

/// <summary>
/// A parent's children by name, which of them are stopping, and their restart statistics. A name
/// stays taken until its child has fully stopped, so a new child with the same name (a sharded
/// entity coming back) never overlaps the old one. Guarded by a lock because
/// <see cref="ActorSystem.ActorOf"/> creates top-level actors from any thread.
/// </summary>
internal sealed class ChildrenContainer
{
    private readonly Dictionary<string, ActorCell> _byName = new(StringComparer.Ordinal);

    /// <summary>Children sent a stop that have not reported back yet.</summary>
    private HashSet<ActorCell>? _terminating;

    /// <summary>Restart counts of children that have failed.</summary>
    private Dictionary<ActorCell, RestartStatistics>? _statistics;

    /// <summary>Set when the parent stops: no new children from then on.</summary>
    private bool _closed;

    /// <summary>Counter behind generated names ($a, $b, ...).</summary>
    private long _generatedNames;

    private object Gate => _byName;

    /// <summary>The number of children, including those still stopping.</summary>
    public int Count
    {
        get
        {
            lock (Gate) return _byName.Count;
        }
    }

    /// <summary>True while a child that was told to stop has not stopped yet.</summary>
    public bool HasTerminatingChildren
    {
        get
        {
            lock (Gate) return _terminating is { Count: > 0 };
        }
    }

    /// <summary>Reserves <paramref name="name"/> (or a generated one) and adds the child <paramref name="create"/> builds.</summary>
    public ActorCell Add(string? name, Func<string, ActorCell> create)
    {
        if (name is not null) ValidateName(name);
        lock (Gate)
        {
            if (_closed) throw new InvalidOperationException("Cannot create a child: the parent is stopping.");
            name ??= "$" + ToBase36(++_generatedNames);
            if (_byName.ContainsKey(name))
                throw new InvalidActorNameException($"The name '{name}' is taken by a child that is running or still stopping.");
            var child = create(name);
            _byName.Add(name, child);
            return child;
        }
    }

    /// <summary>The live child called <paramref name="name"/>, or null (also while it is stopping).</summary>
    public ActorCell? Find(string name)
    {
        lock (Gate)
        {
            return _byName.TryGetValue(name, out var child) && _terminating?.Contains(child) != true ? child : null;
        }
    }

    /// <summary>All children that are not stopping.</summary>
    public IReadOnlyList<IActorRef> Snapshot()
    {
        lock (Gate)
        {
            return _byName.Values.Where(c => _terminating?.Contains(c) != true).ToArray();
        }
    }

    /// <summary>True when <paramref name="child"/> is this parent's child and not stopping.</summary>
    public bool IsLiveChild(ActorCell child)
    {
        lock (Gate)
        {
            return _byName.TryGetValue(child.Path.Name, out var current)
                && ReferenceEquals(current, child)
                && _terminating?.Contains(child) != true;
        }
    }

    /// <summary>Tells <paramref name="child"/> to stop and remembers that it is stopping.</summary>
    public void Stop(ActorCell child)
    {
        lock (Gate)
        {
            if (!_byName.TryGetValue(child.Path.Name, out var current) || !ReferenceEquals(current, child)) return;
            if (!(_terminating ??= []).Add(child)) return;
        }
        child.SendSystemMessage(new Terminate());
    }

    /// <summary>Closes the container and stops every child (the parent is stopping).</summary>
    public void StopAll()
    {
        ActorCell[] toStop;
        lock (Gate)
        {
            _closed = true;
            _terminating ??= [];
            toStop = _byName.Values.Where(_terminating.Add).ToArray();
        }
        foreach (var child in toStop) child.SendSystemMessage(new Terminate());
    }

    /// <summary>Forgets a child that has stopped; frees its name.</summary>
    public void Remove(ActorCell child)
    {
        RestartStatistics? statistics = null;
        lock (Gate)
        {
            if (_byName.TryGetValue(child.Path.Name, out var current) && ReferenceEquals(current, child))
                _byName.Remove(child.Path.Name);
            _terminating?.Remove(child);
            _statistics?.Remove(child, out statistics);
        }
        statistics?.CancelPendingRestart();
    }

    /// <summary>The restart statistics of <paramref name="child"/>, created on its first failure.</summary>
    public RestartStatistics RestartStatisticsFor(ActorCell child)
    {
        lock (Gate)
        {
            _statistics ??= [];
            if (!_statistics.TryGetValue(child, out var statistics))
            {
                statistics = new RestartStatistics();
                _statistics.Add(child, statistics);
            }
            return statistics;
        }
    }

    /// <summary>Names are path elements: non-empty, no '/', no whitespace or control characters, and
    /// not starting with '$', which marks generated names.</summary>
    private static void ValidateName(string name)
    {
        if (name.Length == 0) throw new InvalidActorNameException("An actor name must not be empty.");
        if (name[0] == '$') throw new InvalidActorNameException($"'{name}': names starting with '$' are reserved for generated names.");
        foreach (var c in name)
        {
            if (c == '/' || char.IsWhiteSpace(c) || char.IsControl(c))
                throw new InvalidActorNameException($"'{name}': actor names must not contain '/', whitespace or control characters.");
        }
    }

    private static string ToBase36(long value)
    {
        const string digits = "abcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do
        {
            buffer[--i] = digits[(int)(value % 36)];
            value /= 36;
        } while (value > 0);
        return new string(buffer[i..]);
    }
}
