namespace ActorMoo.Runtime.Core;

/// <summary>
/// One started timer. The entry itself is what a tick enqueues in the actor's mailbox; on
/// delivery the scheduler checks that it is still the current timer for its key, which is how
/// cancelled and replaced timers are filtered without any per-tick allocation.
/// </summary>
internal sealed class TimerEntry(IActorRef owner, object key, object message, bool periodic)
{
    public object Key { get; } = key;

    public object Message { get; } = message;

    public bool IsPeriodic { get; } = periodic;

    /// <summary>The underlying timer; set right after construction.</summary>
    public ITimer? Timer { get; set; }

    /// <summary>Timer callback (any thread): queue the tick.</summary>
    public void Fire() => owner.Tell(this);
}
