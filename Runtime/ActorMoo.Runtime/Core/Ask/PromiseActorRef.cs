namespace ActorMoo.Runtime.Core;

/// <summary>
/// The temporary reference an <c>Ask</c> sends as the sender: the first reply completes the
/// ask, later ones are dead letters. It is registered nowhere — only the request's sender field
/// and its timeout timer point to it — so nothing outlives a completed ask: the timer is
/// disposed on completion and the reference becomes garbage.
/// </summary>
internal sealed class PromiseActorRef : InternalActorRef
{
    private readonly ActorSystem _system;
    private readonly ActorPath _path;
    private readonly IActorRef _target;
    private readonly TimeSpan _timeoutAfter;
    private readonly TaskCompletionSource<object> _promise = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITimer _timeout;
    private readonly CancellationTokenRegistration _cancellation;

    public PromiseActorRef(ActorSystem system, IActorRef target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        _system = system;
        _target = target;
        _timeoutAfter = timeout;
        var id = system.NextUid();
        _path = ActorPath.Root(system.Name).Child("temp").Child("ask-" + id, id);
        _timeout = system.TimeProvider.CreateTimer(static state => ((PromiseActorRef)state!).TimeOut(), this, timeout, Timeout.InfiniteTimeSpan);
        if (cancellationToken.CanBeCanceled)
            _cancellation = cancellationToken.Register(static state => ((PromiseActorRef)state!).Cancel(), this);
    }

    /// <summary>Completes with the first reply.</summary>
    public Task<object> Task => _promise.Task;

    public override ActorPath Path => _path;

    internal override ActorSystem System => _system;

    /// <summary>The type of the request, for the timeout message; set before the request is sent.</summary>
    public Type RequestType { get; set; } = typeof(object);

    public override void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_promise.Task.IsCompleted)
        {
            // Release first: whoever awaits the ask may look at timers the moment it completes.
            Release();
            var completed = message is Status.Failure failure ? _promise.TrySetException(failure.Cause) : _promise.TrySetResult(message);
            if (completed) return;
        }
        _system.DeadLetters.Publish(message, sender, this, DeadLetterReason.RecipientStopped);
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        // A promise lives only until it completes; watching it is not supported and is ignored.
    }

    /// <summary>Fails the ask (timeout, stopped target) unless it already completed.</summary>
    public void Fail(Exception error)
    {
        if (_promise.Task.IsCompleted) return;
        Release();
        _promise.TrySetException(error);
    }

    private void TimeOut() => Fail(new AskTimeoutException(_target, RequestType, _timeoutAfter));

    private void Cancel()
    {
        if (_promise.Task.IsCompleted) return;
        Release();
        _promise.TrySetCanceled();
    }

    /// <summary>Disposes the timeout timer and the cancellation registration; safe to call more than once.</summary>
    private void Release()
    {
        _timeout.Dispose();
        _cancellation.Dispose();
    }
}
