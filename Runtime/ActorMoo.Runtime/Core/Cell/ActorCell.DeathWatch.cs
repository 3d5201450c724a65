namespace ActorMoo.Runtime.Core;

/// <summary>Watching other actors and telling watchers when this one stops.</summary>
internal sealed partial class ActorCell
{
    /// <summary>Starts watching <paramref name="subject"/>: exactly one <see cref="Terminated"/> follows its stop,
    /// unless unwatched first. Watching an actor that has already stopped yields Terminated at once.</summary>
    internal void Watch(IActorRef subject)
    {
        var target = AsInternal(subject);
        if (ReferenceEquals(target, this)) return;
        var watching = Extras.Watching ??= [];
        if (watching.Add(target)) target.SendSystemMessage(new Watch(target, this));
    }

    /// <summary>Stops watching <paramref name="subject"/>; a Terminated already queued for it is dropped.</summary>
    internal void Unwatch(IActorRef subject)
    {
        var target = AsInternal(subject);
        var extras = _extras;
        if (extras is null) return;
        extras.TerminatedQueued?.Remove(target);
        if (extras.Watching?.Remove(target) == true) target.SendSystemMessage(new Unwatch(target, this));
    }

    private void HandleWatch(Watch watch)
    {
        if (!ReferenceEquals(watch.Watchee, this) || ReferenceEquals(watch.Watcher, this)) return;
        (Extras.WatchedBy ??= []).Add(watch.Watcher);
    }

    private void HandleUnwatch(Unwatch unwatch)
    {
        if (ReferenceEquals(unwatch.Watchee, this)) _extras?.WatchedBy?.Remove(unwatch.Watcher);
    }

    /// <summary>A watched actor or a child stopped.</summary>
    private void HandleDeathWatchNotification(InternalActorRef actor)
    {
        var extras = _extras;
        var watched = extras?.Watching?.Remove(actor) == true;
        if ((watched || IsObservedChild(actor)) && _phase is not (CellPhase.Terminating or CellPhase.Terminated))
        {
            // Queued behind everything the dead actor sent us before it stopped.
            (Extras.TerminatedQueued ??= []).Add(actor);
            _mailbox.Enqueue(new Terminated(actor), actor);
        }

        if (actor is ActorCell child && ReferenceEquals(child._parent, this) && extras?.Children is { } children)
        {
            children.Remove(child);
            if (_phase == CellPhase.Restarting && !children.HasTerminatingChildren) FinishRecreate(extras.FailureCause!);
            else if (_phase == CellPhase.Terminating && children.Count == 0) FinishTerminate();
        }
    }

    /// <summary>True when <paramref name="actor"/> is a child and this actor gets Terminated for every child
    /// (<see cref="IChildTerminationObserver"/>).</summary>
    private bool IsObservedChild(InternalActorRef actor) =>
        _actor is IChildTerminationObserver && actor is ActorCell child && ReferenceEquals(child._parent, this);

    /// <summary>On stop: stop watching others, so they do not keep a reference to us.</summary>
    private void UnwatchAll(CellExtras extras)
    {
        if (extras.Watching is { } watching)
        {
            foreach (var target in watching) target.SendSystemMessage(new Unwatch(target, this));
            watching.Clear();
        }
        extras.TerminatedQueued?.Clear();
    }

    /// <summary>On stop: every watcher and the parent get one notification each.</summary>
    private void NotifyWatchersOfTermination(CellExtras? extras)
    {
        if (extras?.WatchedBy is { } watchers)
        {
            foreach (var watcher in watchers)
            {
                if (!ReferenceEquals(watcher, _parent)) watcher.SendSystemMessage(new DeathWatchNotification(this));
            }
        }
        _parent?.SendSystemMessage(new DeathWatchNotification(this));
    }

    private static InternalActorRef AsInternal(IActorRef actor) =>
        actor as InternalActorRef ?? throw new ArgumentException($"{actor.Path} is not a reference created by an actor system.", nameof(actor));
}
