namespace ActorMoo.Runtime.Core;

/// <summary>Creating, finding and stopping children.</summary>
internal sealed partial class ActorCell
{
    /// <summary>Creates a child actor. From inside the actor, or from any thread for the guardians.</summary>
    internal IActorRef ActorOf(Props props, string? name)
    {
        ArgumentNullException.ThrowIfNull(props);
        var children = ChildrenContainerForCreation();
        var child = children.Add(name, n => NewChildCell(this, n, props));
        child.Start();
        return child;
    }

    /// <summary>The live child called <paramref name="name"/>, or null.</summary>
    internal IActorRef? Child(string name) => Volatile.Read(ref _extras)?.Children?.Find(name);

    /// <summary>The live children.</summary>
    internal IReadOnlyList<IActorRef> Children => Volatile.Read(ref _extras)?.Children?.Snapshot() ?? [];

    /// <summary>Stops <paramref name="actor"/>: a child is tracked until it has stopped; this actor
    /// stops after the current message; any other actor is simply told to stop.</summary>
    internal void Stop(IActorRef actor)
    {
        var target = AsInternal(actor);
        if (target is ActorCell child && ReferenceEquals(child._parent, this) && _extras?.Children is { } children)
            children.Stop(child);
        else
            target.SendSystemMessage(new Terminate());
    }

    /// <summary>Called by a child, on its own thread, as it finishes stopping. The container is locked,
    /// and the parent's own notification handling tolerates the child being gone already.</summary>
    private void ForgetChild(ActorCell child) => Volatile.Read(ref _extras)?.Children?.Remove(child);

    /// <summary>Creates the children container up front. Guardians call this at system start: they get
    /// children from any thread, and stopping must find the container that a racing ActorOf uses.</summary>
    internal void PrepareForChildrenFromAnyThread() => ChildrenContainerForCreation();

    /// <summary>Guardians create children from other threads, so the container is published with a CAS.</summary>
    private ChildrenContainer ChildrenContainerForCreation()
    {
        var extras = Volatile.Read(ref _extras);
        if (extras is null)
        {
            Interlocked.CompareExchange(ref _extras, new CellExtras(), null);
            extras = _extras!;
        }
        if (extras.Children is { } existing) return existing;
        Interlocked.CompareExchange(ref extras.Children, new ChildrenContainer(), null);
        return extras.Children!;
    }
}
