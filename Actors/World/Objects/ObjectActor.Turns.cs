using ActorMoo.Runtime.Core;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Objects;

/// <summary>
/// Turns: the fair queue of tasks that conflicted on this object and re-run one at a time
/// (<see cref="TakeTurn"/>). Without it, fifty tasks fighting over one item all re-run at once after
/// each commit and most lose again, until some give up; with it, each re-runs when the previous one
/// is done and usually commits.
/// </summary>
/// <remarks>
/// A turn guards nothing — commits stay optimistic and checked — so a stalled queue is the only
/// risk, and three things end a turn: the holder's <see cref="EndTurn"/> (sent from every exit of the
/// task), the lease running out, and the actor stopping (everyone waiting is then let go).
/// </remarks>
public sealed partial class ObjectActor
{
    /// <summary>How long a turn lasts without its holder ending it.</summary>
    private readonly TimeSpan _turnLease;

    /// <summary>The task whose turn it is, or null.</summary>
    private long? _turnHolder;

    /// <summary>Tasks waiting for their turn, in arrival order; empty while no one holds the turn.</summary>
    private readonly LinkedList<(IActorRef Asker, long TaskId)> _turnQueue = [];

    private void OnTakeTurn(TakeTurn take)
    {
        if (_turnHolder is null || _turnHolder == take.TaskId)
        {
            GiveTurn(Sender, take.TaskId);
            return;
        }
        RemoveFromTurnQueue(take.TaskId);
        _turnQueue.AddLast((Sender, take.TaskId));
    }

    private void OnEndTurn(EndTurn end)
    {
        if (_turnHolder == end.TaskId)
            PassTurn();
        else
            RemoveFromTurnQueue(end.TaskId);
    }

    private void OnTurnLeaseExpired(TurnLeaseExpired expired)
    {
        if (_turnHolder == expired.TaskId)
            PassTurn();
    }

    private void GiveTurn(IActorRef asker, long taskId)
    {
        _turnHolder = taskId;
        Timers.StartSingleTimer(TurnLeaseExpired.Key, new TurnLeaseExpired(taskId), _turnLease);
        asker.Tell(new Turn(_id), Self);
    }

    private void PassTurn()
    {
        _turnHolder = null;
        Timers.Cancel(TurnLeaseExpired.Key);
        if (_turnQueue.First is { } next)
        {
            _turnQueue.RemoveFirst();
            GiveTurn(next.Value.Asker, next.Value.TaskId);
        }
    }

    private void RemoveFromTurnQueue(long taskId)
    {
        for (var node = _turnQueue.First; node is not null;)
        {
            var following = node.Next;
            if (node.Value.TaskId == taskId)
                _turnQueue.Remove(node);
            node = following;
        }
    }

    /// <summary>On stop: the next incarnation knows no turns, so nobody waits any longer.</summary>
    private void GiveEveryoneTheirTurn()
    {
        foreach (var (asker, _) in _turnQueue)
            asker.Tell(new Turn(_id), Self);
        _turnQueue.Clear();
    }

    /// <summary>Timer message: the turn of <paramref name="TaskId"/> has lasted too long.</summary>
    private sealed record TurnLeaseExpired(long TaskId)
    {
        public const string Key = "turn";
    }
}
