namespace ActorMoo.Runtime.Core;

/// <summary>The mailbox turn: system messages first, then up to the throughput limit of user messages.</summary>
internal sealed partial class ActorCell
{
    private void RunTurn()
    {
        if (!SettleAwaitedTask()) return;
        if (_phase == CellPhase.Creating)
        {
            Create();
            if (!SettleAwaitedTask()) return;
        }

        if (!ProcessSystemMessages()) return;

        var budget = _props.Throughput ?? _system.Options.Throughput;
        while (_phase == CellPhase.Running && budget-- > 0 && TryTakeNext(out var envelope))
        {
            Invoke(envelope);
            // While a task is awaited the handler still needs the current message and sender: keep them.
            if (!SettleAwaitedTask()) return;
            if (Volatile.Read(ref _systemMessages) is not null && !ProcessSystemMessages()) return;
        }

        _currentMessage = null;
        _currentSender = null;
    }

    /// <summary>
    /// Observes an awaited task that has completed (its continuation may have run on another thread
    /// while this turn was still going). False while a task still holds the mailbox: the turn must end.
    /// </summary>
    private bool SettleAwaitedTask()
    {
        while (true)
        {
            if (IsAwaitingTask) return false;
            if (_extras?.CompletedTask is not { } completed) return true;
            FinishAwaitedTask(completed);
        }
    }

    /// <summary>Unstashed messages first, then the mailbox.</summary>
    private bool TryTakeNext(out Envelope envelope)
    {
        if (_extras?.Unstashed is { Count: > 0 } unstashed)
        {
            envelope = unstashed.PopFront();
            return true;
        }
        return _mailbox.TryDequeue(out envelope);
    }

    private void Invoke(in Envelope envelope)
    {
        _currentMessage = envelope.Message;
        _currentSender = envelope.Sender;
        // Written only when set: the cell's fields share cache lines with the status that senders
        // read, and a needless store per message would pull those lines away from them.
        if (_currentStashed) _currentStashed = false;
        try
        {
            Task? pending;
            var message = envelope.Message;
            if (message is TimerEntry timer)
            {
                if (_extras?.Timers is not { } timers || !timers.TryTake(timer)) return;
                _currentMessage = timer.Message;
                _currentSender = null;
                pending = _actor!.ReceiveMessage(timer.Message);
            }
            else if (message is Terminated terminated)
            {
                // Dropped when the watcher unwatched after the notification was queued.
                if (_extras?.TerminatedQueued?.Remove(terminated.ActorRef) != true) return;
                pending = _actor!.ReceiveMessage(message);
            }
            else if (message is PoisonPill)
            {
                BeginTerminate();
                return;
            }
            else
            {
                pending = _actor!.ReceiveMessage(message);
            }

            if (pending is not null) AwaitOrObserve(pending, initialization: false);
            if (!IsAwaitingTask) AwaitDeferredTask(initialization: false);
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex, _currentMessage);
        }
    }

    /// <summary>Suspends the mailbox until <paramref name="task"/> completes, or rethrows its failure
    /// at once when it already has.</summary>
    private void AwaitOrObserve(Task task, bool initialization)
    {
        if (task.IsCompleted)
        {
            task.GetAwaiter().GetResult();
            return;
        }

        var extras = Extras;
        extras.AwaitedTask = task;
        extras.AwaitedTaskIsInitialization = initialization;
        Interlocked.Or(ref _status, AwaitingTaskFlag);
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(extras.OnAwaitedTaskCompleted ??= OnAwaitedTaskCompleted);
    }

    /// <summary>Awaits the task a handler started with <c>RunTask</c>, once the handler itself is done.</summary>
    private void AwaitDeferredTask(bool initialization)
    {
        if (_extras?.DeferredTask is not { } deferred) return;
        _extras.DeferredTask = null;
        AwaitOrObserve(deferred, initialization);
    }

    /// <summary>Continuation of an awaited task, on whatever thread completed it: hand the task to the
    /// next turn and let turns be scheduled again.</summary>
    private void OnAwaitedTaskCompleted()
    {
        var extras = _extras!;
        extras.CompletedTask = extras.AwaitedTask;
        extras.AwaitedTask = null;
        Interlocked.And(ref _status, ~AwaitingTaskFlag);
        TrySchedule();
    }

    /// <summary>Observes the outcome of an awaited task at the start of the next turn.</summary>
    private void FinishAwaitedTask(Task completed)
    {
        var extras = _extras!;
        extras.CompletedTask = null;
        var initialization = extras.AwaitedTaskIsInitialization;
        try
        {
            completed.GetAwaiter().GetResult();
            AwaitDeferredTask(initialization);
        }
        catch (Exception ex)
        {
            if (initialization) HandleInitializationFailure(ex);
            else HandleInvokeFailure(ex, _currentMessage);
        }
    }

    /// <summary>Starts <paramref name="work"/> now and keeps the mailbox closed until it completes.</summary>
    internal void RunTask(Func<Task> work)
    {
        if (_phase is CellPhase.Terminating or CellPhase.Terminated)
            throw new InvalidOperationException("RunTask cannot be used while the actor is stopping.");
        var task = work();
        var extras = Extras;
        extras.DeferredTask = extras.DeferredTask is null ? task : Task.WhenAll(extras.DeferredTask, task);
    }
}
