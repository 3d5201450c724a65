using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>
/// A hierarchy of actors with its guardians, dead-letter office, clock and shutdown. Top-level
/// actors live under <c>/user</c>; runtime subsystems (sharding, persistence) under <c>/system</c>.
/// </summary>
public sealed partial class ActorSystem : IAsyncDisposable
{
    private readonly ActorCell _root;
    private readonly ActorCell _userGuardian;
    private readonly ActorCell _systemGuardian;
    private readonly TaskCompletionSource _rootTerminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Source of incarnation uids and temporary-reference ids.</summary>
    private long _lastUid;

    private ActorSystem(string name, ActorSystemOptions options)
    {
        Name = name;
        Options = options;
        TimeProvider = options.TimeProvider;
        LoggerFactory = options.LoggerFactory;
        Logger = options.LoggerFactory.CreateLogger<ActorSystem>();
        DeadLetters = new DeadLetterOffice(this, options.LoggerFactory.CreateLogger<DeadLetterOffice>(), TimeProvider, options.DeadLetterLogLimit);
        CoordinatedShutdown = new CoordinatedShutdown(this, options.LoggerFactory.CreateLogger<CoordinatedShutdown>());
        AskDeadlines = new AskDeadlines(TimeProvider);
        TempPath = ActorPath.Root(name).Child("temp");

        _root = ActorCell.CreateRoot(this, GuardianActor.GuardianProps);
        _root.PrepareForChildrenFromAnyThread();
        _userGuardian = (ActorCell)_root.ActorOf(GuardianActor.GuardianProps, "user");
        _userGuardian.PrepareForChildrenFromAnyThread();
        _systemGuardian = (ActorCell)_root.ActorOf(GuardianActor.GuardianProps, "system");
        _systemGuardian.PrepareForChildrenFromAnyThread();
    }

    /// <summary>The system's name: the authority part of every actor path.</summary>
    public string Name { get; }

    /// <summary>The settings the system was created with.</summary>
    public ActorSystemOptions Options { get; }

    /// <summary>The clock of timers, Ask timeouts, backoff and shutdown timeouts.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Where the runtime and actors log.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>Undeliverable messages: counted, logged and observable.</summary>
    public DeadLetterOffice DeadLetters { get; }

    /// <summary>The ordered shutdown; subsystems add their tasks to its phases.</summary>
    public CoordinatedShutdown CoordinatedShutdown { get; }

    /// <summary>Completes when the system has terminated.</summary>
    public Task WhenTerminated => _terminated.Task;

    /// <summary>True once the system has terminated.</summary>
    public bool IsTerminated => _terminated.Task.IsCompleted;

    internal ILogger Logger { get; }

    /// <summary>The timeouts of all outstanding asks, behind one timer.</summary>
    internal AskDeadlines AskDeadlines { get; }

    /// <summary>The parent path of temporary references (ask promises, stop watchers).</summary>
    internal ActorPath TempPath { get; }

    /// <summary>Creates and starts an actor system.</summary>
    /// <param name="name">Letters, digits, '-' and '_'.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    public static ActorSystem Create(string name, ActorSystemOptions? options = null)
    {
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"'{name}' is not a valid actor system name: use letters, digits, '-' and '_'.", nameof(name));
        options ??= new ActorSystemOptions();
        options.Validate();
        return new ActorSystem(name, options);
    }

    /// <summary>Creates a top-level actor under <c>/user</c>. Thread-safe.</summary>
    /// <exception cref="InvalidActorNameException">The name is invalid or taken.</exception>
    /// <exception cref="InvalidOperationException">The system is shutting down.</exception>
    public IActorRef ActorOf(Props props, string? name = null) => _userGuardian.ActorOf(props, name);

    /// <summary>Creates a runtime actor under <c>/system</c> (sharding regions, journals). It is stopped
    /// after all user actors during shutdown. Thread-safe.</summary>
    public IActorRef SystemActorOf(Props props, string? name = null) => _systemGuardian.ActorOf(props, name);

    /// <summary>Stops <paramref name="actor"/> at once (see <see cref="IActorContext.Stop"/>).</summary>
    public void Stop(IActorRef actor) => AsInternal(actor).SendSystemMessage(new Terminate());

    /// <summary>Stops <paramref name="actor"/> and completes when it has stopped (its children, PostStop and all).</summary>
    public Task StopAsync(IActorRef actor)
    {
        var stopped = WhenStopped(actor);
        Stop(actor);
        return stopped;
    }

    /// <summary>Completes when <paramref name="actor"/> has stopped; at once if it already has.</summary>
    public Task WhenStopped(IActorRef actor) => TerminationWatcher.WhenTerminated(this, AsInternal(actor));

    /// <summary>Runs the coordinated shutdown and completes when the system has terminated.</summary>
    public Task TerminateAsync(string reason = "terminate requested") => CoordinatedShutdown.RunAsync(reason);

    /// <summary>Terminates the system (see <see cref="TerminateAsync"/>).</summary>
    public async ValueTask DisposeAsync() => await TerminateAsync("disposed").ConfigureAwait(false);

    /// <inheritdoc />
    public override string ToString() => $"ActorSystem({Name})";

    internal long NextUid() => Interlocked.Increment(ref _lastUid);

    /// <summary>The last shutdown phase: user actors top-down, then the runtime's own actors.</summary>
    internal async Task StopAllActorsAsync(CancellationToken cancellationToken)
    {
        await StopAsync(_userGuardian).WaitAsync(cancellationToken).ConfigureAwait(false);
        _root.Stop(_root);
        await _rootTerminated.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal void OnRootTerminated() => _rootTerminated.TrySetResult();

    internal void MarkTerminated()
    {
        AskDeadlines.OnSystemTerminated();
        _terminated.TrySetResult();
    }

    private static InternalActorRef AsInternal(IActorRef actor) =>
        actor as InternalActorRef ?? throw new ArgumentException($"{actor.Path} is not a reference created by an actor system.", nameof(actor));
}
