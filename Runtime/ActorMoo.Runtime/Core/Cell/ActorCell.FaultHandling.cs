using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>Failing (as a child) and supervising (as a parent).</summary>
internal sealed partial class ActorCell
{
    private void HandleInvokeFailure(Exception cause, object? failedMessage) =>
        Fail(cause, failedMessage, initialization: false);

    /// <summary>Suspends user messages and asks the parent for a directive.</summary>
    private void Fail(Exception cause, object? failedMessage, bool initialization)
    {
        if (_phase is CellPhase.Terminating or CellPhase.Terminated)
        {
            LogFailureWhileStopping(_system.Logger, _path, cause);
            return;
        }

        var extras = Extras;
        extras.DeferredTask = null;
        extras.FailedMessage = failedMessage;
        extras.FailureCause = cause;
        extras.FailedInInitialization = initialization;
        _phase = CellPhase.Failed;

        if (_parent is null)
        {
            LogRootGuardianFailed(_system.Logger, cause);
            BeginTerminate();
            return;
        }
        _parent.SendSystemMessage(new Failed(this, cause));
    }

    /// <summary>A child failed: apply this actor's supervisor strategy to it.</summary>
    private void HandleChildFailed(ActorCell child, Exception cause)
    {
        if (_phase is CellPhase.Terminating or CellPhase.Terminated) return; // the child is being stopped anyway
        if (_extras?.Children is not { } children || !children.IsLiveChild(child)) return;

        var strategy = _actor?.SupervisorStrategyInternal ?? SupervisorStrategy.Default;
        var directive = strategy.Decide(cause);
        LogChildFailed(_system.Logger, child.Path, directive, cause);

        switch (directive)
        {
            case Directive.Resume:
                child.SendSystemMessage(new Resume());
                break;
            case Directive.Restart:
                RestartChild(children, child, cause, strategy);
                break;
            case Directive.Stop:
                children.Stop(child);
                break;
            case Directive.Escalate:
                Fail(cause, failedMessage: null, initialization: false);
                break;
        }
    }

    private void RestartChild(ChildrenContainer children, ActorCell child, Exception cause, SupervisorStrategy strategy)
    {
        var statistics = children.RestartStatisticsFor(child);
        var clock = _system.TimeProvider;
        if (!statistics.RequestRestartPermission(clock, strategy.MaxRetries, strategy.Within))
        {
            LogRestartLimitReached(_system.Logger, child.Path, strategy.MaxRetries, strategy.Within);
            children.Stop(child);
            return;
        }

        var delay = strategy.Backoff?.DelayFor(statistics.RestartCount) ?? TimeSpan.Zero;
        if (delay <= TimeSpan.Zero) child.SendSystemMessage(new Recreate(cause));
        else statistics.ScheduleRestart(clock, delay, () => child.SendSystemMessage(new Recreate(cause)));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Actor {Path} failed; supervisor directive: {Directive}")]
    private static partial void LogChildFailed(ILogger logger, ActorPath path, Directive directive, Exception cause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Actor {Path} failed too often ({MaxRetries} restarts within {Within}); stopping it")]
    private static partial void LogRestartLimitReached(ILogger logger, ActorPath path, int maxRetries, TimeSpan? within);

    [LoggerMessage(Level = LogLevel.Error, Message = "Actor {Path} failed while stopping; the failure is ignored")]
    private static partial void LogFailureWhileStopping(ILogger logger, ActorPath path, Exception cause);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The root guardian failed; the actor system stops")]
    private static partial void LogRootGuardianFailed(ILogger logger, Exception cause);

    [LoggerMessage(Level = LogLevel.Error, Message = "Actor {Path}: {Hook} threw; continuing")]
    private static partial void LogLifecycleHookFailed(ILogger logger, ActorPath path, string hook, Exception cause);
}
