using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>
/// Stops the system in ordered phases (<see cref="ShutdownPhase"/>): subsystems register tasks,
/// each phase runs its tasks concurrently and waits for them up to the phase timeout, and the
/// last phase stops all actors top-down. Running it is idempotent: every caller gets the same task.
/// </summary>
/// <remarks>
/// Messages in flight when actors stop are handled deterministically: a stopping actor processes
/// no further user messages; what is left in its mailbox and stash, and anything sent to it
/// later, becomes a dead letter; an <c>Ask</c> whose request ends there fails at once with
/// <see cref="ActorTerminatedException"/>.
/// </remarks>
public sealed partial class CoordinatedShutdown
{
    private readonly ActorSystem _system;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<(string Name, Func<CancellationToken, Task> Run)>> _tasks =
        ShutdownPhase.All.ToDictionary(p => p, _ => new List<(string, Func<CancellationToken, Task>)>());

    /// <summary>The shutdown in progress; null until <see cref="RunAsync"/> is first called.</summary>
    private Task? _run;

    internal CoordinatedShutdown(ActorSystem system, ILogger logger)
    {
        _system = system;
        _logger = logger;
    }

    /// <summary>Why the shutdown was started; null while the system runs.</summary>
    public string? Reason { get; private set; }

    /// <summary>Adds a task to <paramref name="phase"/>. The token is cancelled when the phase times out.</summary>
    /// <exception cref="ArgumentException">The phase is not one of <see cref="ShutdownPhase.All"/>.</exception>
    /// <exception cref="InvalidOperationException">The shutdown has already started.</exception>
    public void AddTask(string phase, string name, Func<CancellationToken, Task> task)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(task);
        if (!_tasks.TryGetValue(phase, out var list))
            throw new ArgumentException($"Unknown shutdown phase '{phase}'; phases: {string.Join(", ", ShutdownPhase.All)}.", nameof(phase));
        lock (_gate)
        {
            if (_run is not null) throw new InvalidOperationException("The shutdown has already started.");
            list.Add((name, task));
        }
    }

    /// <summary>Starts the shutdown (or returns the one in progress) and completes when the system has terminated.</summary>
    public Task RunAsync(string reason)
    {
        lock (_gate)
        {
            if (_run is null)
            {
                Reason = reason;
                _run = Task.Run(RunPhasesAsync);
            }
            return _run;
        }
    }

    private async Task RunPhasesAsync()
    {
        LogShutdownStarted(_logger, _system.Name, Reason);
        foreach (var phase in ShutdownPhase.All)
        {
            var tasks = _tasks[phase].ToList();
            if (phase == ShutdownPhase.ActorSystemTerminate) tasks.Add(("stop actors", _system.StopAllActorsAsync));
            if (tasks.Count == 0) continue;

            var timeout = _system.Options.ShutdownPhaseTimeout;
            using var cancellation = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _system.TimeProvider);
            var running = Task.WhenAll(tasks.Select(t => RunTaskAsync(phase, t.Name, t.Run, cancellation.Token)));
            try
            {
                await running.WaitAsync(timeout, _system.TimeProvider).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                LogPhaseTimedOut(_logger, phase, timeout);
                await cancellation.CancelAsync().ConfigureAwait(false);
            }
        }
        _system.MarkTerminated();
        LogShutdownFinished(_logger, _system.Name);
    }

    private async Task RunTaskAsync(string phase, string name, Func<CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        try
        {
            await run(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogTaskFailed(_logger, phase, name, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Actor system {System} shutting down: {Reason}")]
    private static partial void LogShutdownStarted(ILogger logger, string system, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Actor system {System} terminated")]
    private static partial void LogShutdownFinished(ILogger logger, string system);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown phase {Phase} did not finish within {Timeout}; moving on")]
    private static partial void LogPhaseTimedOut(ILogger logger, string phase, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shutdown task {Task} in phase {Phase} failed")]
    private static partial void LogTaskFailed(ILogger logger, string phase, string task, Exception error);
}
