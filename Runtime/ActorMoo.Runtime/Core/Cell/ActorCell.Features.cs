using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>The on-demand parts handed to actor code: context, timers, stash, logger.</summary>
internal sealed partial class ActorCell
{
    /// <summary>The context object for user code.</summary>
    internal IActorContext Context => Extras.Context ??= new ActorContext(this);

    /// <summary>This actor's timers.</summary>
    internal ITimerScheduler Timers => Extras.Timers ??= new TimerScheduler(this, _system.TimeProvider);

    /// <summary>This actor's stash.</summary>
    internal IStash Stash => Extras.Stash ??= new ActorStash(this, _props.StashCapacity ?? _system.Options.StashCapacity);

    /// <summary>A logger whose category is the actor's type.</summary>
    internal ILogger Logger => Extras.Logger ??= _system.LoggerFactory.CreateLogger(_actor?.GetType() ?? typeof(Actor));

    /// <summary>Behaviors saved by BecomeStacked, if any (kept here, not in every actor instance).</summary>
    internal Stack<Behavior>? BehaviorStack => _extras?.BehaviorStack;

    /// <summary>Behaviors saved by BecomeStacked, created on first use.</summary>
    internal Stack<Behavior> StackedBehaviors => Extras.BehaviorStack ??= new Stack<Behavior>();

    /// <summary>Where unstashed envelopes wait, ahead of the mailbox.</summary>
    internal EnvelopeDeque Unstashed => Extras.Unstashed ??= new EnvelopeDeque();

    /// <summary>The message being processed, for the stash; refuses a second stash of the same message.</summary>
    internal Envelope TakeCurrentForStash()
    {
        if (_currentMessage is null) throw new InvalidOperationException("Stash() can only be called while handling a message.");
        if (_currentStashed) throw new InvalidOperationException($"The current message {_currentMessage.GetType().Name} is already stashed.");
        _currentStashed = true;
        return new Envelope(_currentMessage, _currentSender);
    }
}
