using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>
/// The base class of every actor. Register handlers with <c>Receive&lt;T&gt;</c> (synchronous) and
/// <c>ReceiveAsync&lt;T&gt;</c> (the mailbox waits for the returned task, so an actor still handles
/// one message at a time) in the constructor; switch behaviors with <see cref="Become"/>.
/// </summary>
/// <remarks>
/// Actors are created by the system from <see cref="Props"/>, never with <c>new</c> by user
/// code. Handlers, hooks and the continuations of async handlers run one at a time, so the
/// actor's fields need no locks; never share them with other threads or send them in messages.
/// </remarks>
public abstract partial class Actor
{
    private readonly ActorCell _cell;

    /// <summary>The behavior handling messages now.</summary>
    private Behavior _behavior = Behavior.Empty;

    /// <summary>Binds the new instance to the cell the system is creating it for, and opens the
    /// initial behavior for the registrations of the constructor.</summary>
    protected Actor()
    {
        _cell = ActorCell.TakeCreatingCell()
            ?? throw new InvalidOperationException($"{GetType().Name} must be created by an actor system from Props (ActorOf), not with 'new'.");
        BeginRegistration();
    }

    /// <summary>This actor's reference; give it out so others can send to you.</summary>
    protected IActorRef Self => _cell;

    /// <summary>The sender of the message being processed (the dead-letter office when there is none).
    /// Stays valid across the awaits of an async handler.</summary>
    protected IActorRef Sender => _cell.Sender;

    /// <summary>Children, death watch, timers, stash and async work.</summary>
    protected IActorContext Context => _cell.Context;

    /// <summary>This actor's keyed timers (also <c>Context.Timers</c>).</summary>
    protected ITimerScheduler Timers => _cell.Timers;

    /// <summary>This actor's stash (also <c>Context.Stash</c>).</summary>
    protected IStash Stash => _cell.Stash;

    /// <summary>A logger whose category is this actor's type.</summary>
    protected ILogger Log => _cell.Logger;

    /// <summary>
    /// The strategy this actor applies to its failing children. Default: restart on any exception
    /// except initialization failures and unhandled <see cref="Terminated"/>, which stop.
    /// </summary>
    protected virtual SupervisorStrategy SupervisorStrategy => SupervisorStrategy.Default;

    internal ActorCell Cell => _cell;

    internal SupervisorStrategy SupervisorStrategyInternal => SupervisorStrategy;

    /// <summary>Called once before the first message (and, by default, after a restart).</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Called once after the actor stopped processing messages, after its children stopped.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>
    /// Called on the failed instance before it is replaced. The default stops all children and calls
    /// <see cref="PostStop"/>. <paramref name="message"/> is the message whose handler failed, if any.
    /// </summary>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.Children)
        {
            Context.Unwatch(child);
            Context.Stop(child);
        }
        PostStop();
    }

    /// <summary>Called on the new instance after a restart. The default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>
    /// Called for a message no handler matched. The default fails the actor with
    /// <see cref="DeathPactException"/> for an unhandled <see cref="Terminated"/> and records every
    /// other message as a dead letter with reason <see cref="DeadLetterReason.Unhandled"/>.
    /// </summary>
    protected virtual void Unhandled(object message)
    {
        if (message is Terminated terminated) throw new DeathPactException(terminated.ActorRef);
        _cell.System.DeadLetters.Publish(message, _cell.Sender, _cell, DeadLetterReason.Unhandled);
    }

    internal Task? ReceiveMessage(object message)
    {
        if (_behavior.TryInvoke(message, out var pending)) return pending;
        Unhandled(message);
        return null;
    }

    internal void AroundPreStart() => PreStart();

    internal void AroundPostStop() => PostStop();

    internal void AroundPreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void AroundPostRestart(Exception reason) => PostRestart(reason);
}
