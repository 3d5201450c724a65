namespace ActorMoo.Runtime.Core;

/// <summary>Creating, restarting and stopping the actor instance.</summary>
internal sealed partial class ActorCell
{
    /// <summary>Creates a child cell with a fresh uid; <see cref="Start"/> schedules its creation.</summary>
    private static ActorCell NewChildCell(ActorCell parent, string name, Props props) =>
        new(parent._system, parent, parent._path.Child(name, parent._system.NextUid()), props);

    /// <summary>Schedules the first turn, which creates the actor instance.</summary>
    private void Start() => TrySchedule();

    private Actor NewActorInstance()
    {
        _extras?.BehaviorStack?.Clear(); // saved behaviors belong to the previous instance
        var previous = t_creating;
        t_creating = this;
        Actor actor;
        try
        {
            actor = _props.NewActor();
        }
        catch
        {
            Actor.AbandonRegistration();
            throw;
        }
        finally
        {
            t_creating = previous;
        }

        if (!ReferenceEquals(actor.Cell, this))
            throw new InvalidOperationException($"The Props factory for {_path} must return a new actor instance on every call.");
        actor.EndInitialRegistration();
        return actor;
    }

    private void Create()
    {
        try
        {
            var actor = NewActorInstance();
            _actor = actor;
            _phase = CellPhase.Running;
            actor.AroundPreStart();
            AwaitDeferredTask(initialization: true);
        }
        catch (Exception ex)
        {
            HandleInitializationFailure(ex);
        }
    }

    private void HandleInitializationFailure(Exception cause)
    {
        var wrapped = cause as ActorInitializationException ?? new ActorInitializationException(this, cause);
        Fail(wrapped, failedMessage: null, initialization: true);
    }

    /// <summary>The parent's Restart directive: PreRestart on the old instance, wait for the children it
    /// stopped, then a new instance with PostRestart.</summary>
    private void HandleRecreate(Exception cause)
    {
        if (_phase != CellPhase.Failed) return; // stale: resumed, stopping or stopped meanwhile

        var extras = Extras;
        var failedMessage = extras.FailedMessage;
        extras.FailedMessage = null;
        var old = _actor;
        _actor = null;
        if (old is not null)
        {
            try
            {
                old.AroundPreRestart(cause, failedMessage);
            }
            catch (Exception ex)
            {
                LogLifecycleHookFailed(_system.Logger, _path, "PreRestart", ex);
            }
        }

        extras.DeferredTask = null;
        extras.Timers?.CancelAll();
        extras.Stash?.UnstashAll();
        _phase = CellPhase.Restarting;
        if (extras.Children?.HasTerminatingChildren != true) FinishRecreate(cause);
    }

    private void FinishRecreate(Exception cause)
    {
        try
        {
            var actor = NewActorInstance();
            _actor = actor;
            _phase = CellPhase.Running;
            Extras.FailureCause = null;
            actor.AroundPostRestart(cause);
            AwaitDeferredTask(initialization: true);
        }
        catch (Exception ex)
        {
            HandleInitializationFailure(ex);
        }
    }

    /// <summary>The parent's Resume directive: continue with the next message.</summary>
    private void HandleResume()
    {
        if (_phase != CellPhase.Failed) return;
        var extras = Extras;
        if (extras.FailedInInitialization || _actor is null)
        {
            // There is no working instance to resume; only a new one can continue.
            HandleRecreate(extras.FailureCause ?? new InvalidOperationException("Resumed without an instance."));
            return;
        }

        extras.FailedMessage = null;
        extras.FailureCause = null;
        _phase = CellPhase.Running;
    }

    /// <summary>Stops processing at once: stops the children and finishes when they have all stopped.</summary>
    private void BeginTerminate()
    {
        if (_phase is CellPhase.Terminating or CellPhase.Terminated) return;
        _phase = CellPhase.Terminating;

        var extras = _extras;
        if (extras is not null)
        {
            extras.Timers?.CancelAll();
            UnwatchAll(extras);
            extras.Children?.StopAll();
        }

        if (extras?.Children is not { Count: > 0 }) FinishTerminate();
    }

    private void FinishTerminate()
    {
        var actor = _actor;
        _actor = null;
        if (actor is not null)
        {
            try
            {
                actor.AroundPostStop();
            }
            catch (Exception ex)
            {
                LogLifecycleHookFailed(_system.Logger, _path, "PostStop", ex);
            }
        }

        _phase = CellPhase.Terminated;
        Interlocked.Or(ref _status, ClosedFlag);

        var extras = _extras;
        if (extras is not null)
        {
            while (extras.Unstashed is { Count: > 0 } unstashed) DeadLetter(unstashed.PopFront());
            extras.Stash?.DrainTo(DeadLetter);
        }
        DrainMailboxToDeadLetters();
        // Free the name in the parent before anyone learns of the stop, so that whoever reacts to it
        // (StopAsync, a watcher) can create a successor with the same name at once.
        _parent?.ForgetChild(this);
        NotifyWatchersOfTermination(extras);
        extras?.ReleaseAfterStop();

        if (_parent is null) _system.OnRootTerminated();
    }

    /// <summary>A turn on a stopped cell: whatever arrived after the stop goes to dead letters.</summary>
    private void DrainClosedMailbox()
    {
        DrainMailboxToDeadLetters();
        _ = ProcessSystemMessages();
    }

    private void DrainMailboxToDeadLetters()
    {
        while (_mailbox.TryDequeue(out var envelope)) DeadLetter(envelope);
    }

    private void DeadLetter(Envelope envelope)
    {
        // Timer ticks and death-watch notifications are the runtime's own bookkeeping, not undelivered mail.
        if (envelope.Message is TimerEntry or Terminated) return;
        _system.DeadLetters.Publish(envelope.Message, envelope.Sender, this, DeadLetterReason.RecipientStopped);
    }
}
