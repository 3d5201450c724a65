using System.Runtime.CompilerServices;

namespace ActorMoo.Runtime.Core;

/// <summary>Handler registration and behavior switching.</summary>
public abstract partial class Actor
{
    /// <summary>The registration window open on this thread, if any.</summary>
    [ThreadStatic]
    private static RegistrationWindow? t_registration;

    /// <summary>A closed window kept for reuse, so that creating an actor does not allocate one.</summary>
    [ThreadStatic]
    private static RegistrationWindow? t_spareWindow;

    /// <summary>Handles messages of type <typeparamref name="T"/>.</summary>
    protected void Receive<T>(Action<T> handler) => Register(new Behavior(SyncReceiveHandler<T>.Shared, NotNull(handler)));

    /// <summary>Handles messages of type <typeparamref name="T"/> for which <paramref name="when"/> is true.</summary>
    protected void Receive<T>(Func<T, bool> when, Action<T> handler) =>
        Register(new Behavior(new GuardedSyncReceiveHandler<T>(NotNull(when), NotNull(handler)), null));

    /// <summary>
    /// Handles messages of type <typeparamref name="T"/> asynchronously: the next message is not
    /// processed until the returned task completes, and a faulted task fails the actor.
    /// </summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler) => Register(new Behavior(new AsyncReceiveHandler<T>(NotNull(handler), null), null));

    /// <summary>Handles messages of type <typeparamref name="T"/> matching <paramref name="when"/> asynchronously.</summary>
    protected void ReceiveAsync<T>(Func<T, bool> when, Func<T, Task> handler) =>
        Register(new Behavior(new AsyncReceiveHandler<T>(NotNull(handler), NotNull(when)), null));

    /// <summary>Handles any message not matched by an earlier registration.</summary>
    protected void ReceiveAny(Action<object> handler) => Register(new Behavior(SyncReceiveHandler<object>.Shared, NotNull(handler)));

    /// <summary>Handles any message not matched by an earlier registration, asynchronously.</summary>
    protected void ReceiveAnyAsync(Func<object, Task> handler) => Register(new Behavior(new AsyncReceiveHandler<object>(NotNull(handler), null), null));

    /// <summary>
    /// Replaces the current behavior with the handlers that <paramref name="configure"/> registers
    /// (by calling Receive). Takes effect from the next message.
    /// </summary>
    protected void Become(Action configure)
    {
        _behavior = Build(configure);
        _cell.BehaviorStack?.Clear();
    }

    /// <summary>Like <see cref="Become"/>, but keeps the current behavior for <see cref="Unbecome"/>.</summary>
    protected void BecomeStacked(Action configure)
    {
        var next = Build(configure);
        _cell.StackedBehaviors.Push(_behavior);
        _behavior = next;
    }

    /// <summary>Returns to the behavior saved by the last <see cref="BecomeStacked"/>; does nothing without one.</summary>
    protected void Unbecome()
    {
        if (_cell.BehaviorStack is { Count: > 0 } stack) _behavior = stack.Pop();
    }

    private Behavior Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        // A Become inside the constructor wins over what the constructor registers itself.
        if (t_registration is { } constructing && ReferenceEquals(constructing.Owner, this)) constructing.Superseded = true;
        var previous = BeginRegistration();
        try
        {
            configure();
        }
        catch
        {
            EndRegistration(previous);
            throw;
        }
        return EndRegistration(previous);
    }

    /// <summary>
    /// Opens a registration window on this thread for this actor. Registrations only ever happen
    /// on the actor's own thread (constructor, handler calling Become), so the window is
    /// thread-static rather than a field: that saves a field in every actor instance.
    /// </summary>
    /// <returns>The window it replaces (a Become nested in another actor's construction, say).</returns>
    private RegistrationWindow? BeginRegistration()
    {
        var previous = t_registration;
        var window = t_spareWindow ?? new RegistrationWindow();
        t_spareWindow = null;
        window.Open(this);
        t_registration = window;
        return previous;
    }

    /// <summary>Closes the window, restores <paramref name="previous"/> and returns the registered handlers.</summary>
    private static Behavior EndRegistration(RegistrationWindow? previous)
    {
        var window = t_registration;
        t_registration = previous;
        if (window is null) return Behavior.Empty;
        var handlers = Behavior.Combine(window.Handlers);
        window.Close();
        t_spareWindow = window;
        return handlers;
    }

    private void Register(Behavior behavior)
    {
        if (t_registration is not { } window || !ReferenceEquals(window.Owner, this))
            throw new InvalidOperationException("Receive handlers can only be registered in the constructor or inside Become.");
        window.Handlers.Add(behavior);
    }

    private static T NotNull<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : class =>
        value ?? throw new ArgumentNullException(name);

    /// <summary>Ends the constructor's registration window: its handlers become the initial behavior,
    /// unless the constructor called Become.</summary>
    internal void EndInitialRegistration()
    {
        var window = t_registration;
        var keep = window is { Superseded: false } && ReferenceEquals(window.Owner, this);
        var handlers = EndRegistration(previous: null);
        if (keep) _behavior = handlers;
    }

    /// <summary>Drops a window left open by a constructor that threw.</summary>
    internal static void AbandonRegistration() => t_registration = null;

    /// <summary>Handlers being registered for <see cref="Owner"/>; reused across registrations on a thread.</summary>
    private sealed class RegistrationWindow
    {
        public Actor? Owner { get; private set; }

        public List<Behavior> Handlers { get; } = [];

        /// <summary>Set when a constructor calls Become: its own registrations are then discarded.</summary>
        public bool Superseded { get; set; }

        public void Open(Actor owner) => Owner = owner;

        public void Close()
        {
            Owner = null;
            Handlers.Clear();
            Superseded = false;
        }
    }
}
