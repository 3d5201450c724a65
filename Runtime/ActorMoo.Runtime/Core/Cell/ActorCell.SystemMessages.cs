namespace ActorMoo.Runtime.Core;

/// <summary>Taking system messages off the lock-free stack in arrival order and dispatching them.</summary>
internal sealed partial class ActorCell
{
    /// <summary>Processes every pending system message; false when one of them started an awaited task
    /// (a restart whose PostRestart called RunTask), which ends the turn.</summary>
    private bool ProcessSystemMessages()
    {
        while (TakeSystemMessages() is { } batch)
        {
            var next = batch;
            while (next is not null)
            {
                if (!SettleAwaitedTask())
                {
                    Extras.SystemBacklog = next;
                    return false;
                }
                var message = next;
                next = message.Next;
                message.Next = null;
                if (_phase == CellPhase.Terminated) HandleSystemMessageAfterStop(message);
                else HandleSystemMessage(message);
            }
        }
        return SettleAwaitedTask();
    }

    /// <summary>The backlog left by an interrupted batch, else everything on the stack, oldest first.</summary>
    private SystemMessage? TakeSystemMessages()
    {
        if (_extras?.SystemBacklog is { } backlog)
        {
            _extras.SystemBacklog = null;
            return backlog;
        }

        // Take the whole stack at once and reverse it: oldest first.
        var newestFirst = Interlocked.Exchange(ref _systemMessages, null);
        SystemMessage? oldestFirst = null;
        while (newestFirst is not null)
        {
            var next = newestFirst.Next;
            newestFirst.Next = oldestFirst;
            oldestFirst = newestFirst;
            newestFirst = next;
        }
        return oldestFirst;
    }

    private void HandleSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case Terminate:
                BeginTerminate();
                break;
            case Failed failed:
                HandleChildFailed(failed.Child, failed.Cause);
                break;
            case Recreate recreate:
                HandleRecreate(recreate.Cause);
                break;
            case Resume:
                HandleResume();
                break;
            case Watch watch:
                HandleWatch(watch);
                break;
            case Unwatch unwatch:
                HandleUnwatch(unwatch);
                break;
            case DeathWatchNotification notification:
                HandleDeathWatchNotification(notification.Actor);
                break;
        }
    }

    /// <summary>After the stop only a watch needs an answer: the watcher learns at once that we are gone.</summary>
    private void HandleSystemMessageAfterStop(SystemMessage message)
    {
        if (message is Watch watch && !ReferenceEquals(watch.Watcher, this))
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this));
    }
}
