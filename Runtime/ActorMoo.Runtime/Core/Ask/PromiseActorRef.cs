namespace ActorMoo.Runtime.Core;

/// <summary>
/// The temporary reference an <c>Ask</c> sends as the sender: the first reply completes the ask,
/// later ones are dead letters. Exactly one of reply, timeout, cancellation and "target stopped"
/// wins (<see cref="TryClaim"/>); the winner unregisters the ask from the system's
/// <see cref="AskDeadlines"/> and its cancellation token, so nothing keeps a completed ask alive.
/// </summary>
/// <remarks>
/// Per ask this costs this object, the task's completion source and, only for a cancellable ask, a
/// token registration: no timer, no closure, no async state machine. The path is built only if
/// someone asks for it (logging a dead letter, comparing references).
/// </remarks>
internal abstract class PromiseActorRef : InternalActorRef
{
    private const int Pending = 0;
    private const int Claimed = 1;

    private readonly ActorSystem _system;
    private readonly TimeSpan _timeout;
    private readonly long _id;

    /// <summary>Built on first use of <see cref="Path"/>.</summary>
    private ActorPath? _path;

    /// <summary><see cref="Pending"/> until the first outcome claims the ask.</summary>
    private int _state;

    private CancellationTokenRegistration _cancellation;

    protected PromiseActorRef(ActorSystem system, IActorRef target, TimeSpan timeout)
    {
        _system = system;
        Target = target;
        _timeout = timeout;
        _id = system.NextUid();
    }

    /// <summary>The bucket holding this ask's deadline; null when not registered (owned by <see cref="AskDeadlines"/>' lock).</summary>
    internal AskDeadlines.Bucket? DeadlineBucket;

    /// <summary>Neighbours in the bucket's list (owned by <see cref="AskDeadlines"/>' lock).</summary>
    internal PromiseActorRef? DeadlinePrevious;
    internal PromiseActorRef? DeadlineNext;

    public override ActorPath Path => _path ??= _system.TempPath.Child("ask-" + _id, _id);

    internal override ActorSystem System => _system;

    /// <summary>The actor asked.</summary>
    protected IActorRef Target { get; }

    /// <summary>The type of the request, for the timeout message; set before the request is sent.</summary>
    public Type RequestType { get; set; } = typeof(object);

    /// <summary>Starts the timeout and, when <paramref name="cancellationToken"/> can be cancelled, listens to it.</summary>
    public void Start(CancellationToken cancellationToken)
    {
        _system.AskDeadlines.Register(this, _timeout);
        if (cancellationToken.CanBeCanceled)
            _cancellation = cancellationToken.Register(static state => ((PromiseActorRef)state!).Cancel(), this);
    }

    public override void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (TryClaim()) Complete(message);
        else _system.DeadLetters.Publish(message, sender, this, DeadLetterReason.RecipientStopped);
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        // A promise lives only until it completes; watching it is not supported and is ignored.
    }

    /// <summary>Fails the ask (stopped target) unless it already completed.</summary>
    public void Fail(Exception error)
    {
        if (TryClaim()) SetException(error);
    }

    /// <summary>Called by <see cref="AskDeadlines"/> when the deadline has passed.</summary>
    internal void TimeOut() => Fail(new AskTimeoutException(Target, RequestType, _timeout));

    /// <summary>Completes the ask with a reply (a <see cref="Status.Failure"/> fails it).</summary>
    protected abstract void Complete(object reply);

    /// <summary>Fails the ask with <paramref name="error"/>.</summary>
    protected abstract void SetException(Exception error);

    /// <summary>Completes the ask as cancelled.</summary>
    protected abstract void SetCanceled();

    private void Cancel()
    {
        if (TryClaim()) SetCanceled();
    }

    /// <summary>True for the first outcome only; it releases the deadline and the token registration
    /// before the ask completes, because whoever awaits the ask may inspect them the moment it does.</summary>
    private bool TryClaim()
    {
        if (Volatile.Read(ref _state) != Pending || Interlocked.Exchange(ref _state, Claimed) != Pending) return false;
        _system.AskDeadlines.Unregister(this);
        _cancellation.Dispose();
        return true;
    }
}

/// <summary>The promise of an <c>Ask</c> expecting a <typeparamref name="TReply"/>.</summary>
internal sealed class PromiseActorRef<TReply>(ActorSystem system, IActorRef target, TimeSpan timeout)
    : PromiseActorRef(system, target, timeout)
{
    private readonly TaskCompletionSource<TReply> _promise = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the first reply.</summary>
    public Task<TReply> Task => _promise.Task;

    protected override void Complete(object reply)
    {
        if (reply is Status.Failure failure) _promise.TrySetException(failure.Cause);
        else if (reply is TReply typed) _promise.TrySetResult(typed);
        else _promise.TrySetException(new InvalidCastException($"Ask to {Target.Path} expected a {typeof(TReply).Name} reply but got {reply.GetType().Name}."));
    }

    protected override void SetException(Exception error) => _promise.TrySetException(error);

    protected override void SetCanceled() => _promise.TrySetCanceled();
}
