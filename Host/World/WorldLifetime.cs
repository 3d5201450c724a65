using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Host.Options;
using ActorMoo.Host.Persistence;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Engine;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.World;

/// <summary>
/// Starts the world as the host starts — after persistence and the actor system, which it needs —
/// and stops it first as the host stops, before the actor system terminates and persistence closes,
/// so that no task starts against a closing journal.
/// </summary>
public sealed partial class WorldLifetime(
    ActorSystem system,
    PersistenceLifetime persistence,
    ShardingSettings sharding,
    ScriptEngine engine,
    IOptions<WorldOptions> options,
    ITaskEffectSink effects,
    VerbTaskServices services,
    ILoggerFactory loggerFactory) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<WorldLifetime>();

    /// <summary>The running world; set by <see cref="StartAsync"/>, cleared by <see cref="StopAsync"/>.</summary>
    private RunningWorld? _world;

    /// <summary>The running world.</summary>
    /// <exception cref="InvalidOperationException">The host has not started (or has stopped).</exception>
    public RunningWorld World => _world
        ?? throw new InvalidOperationException("The world is not running: its services can be used only while the host runs.");

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        WorldOptions settings = options.Value;
        _world = RunningWorld.Start(new RunningWorld.Parts(
            system, persistence.Runtime, settings.ToWorldSettings(), sharding, engine, effects, services, loggerFactory));
        LogInformationStarted(_logger, settings.MaxAttempts, settings.AskTimeout.ToString(), effects.GetType().Name);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Only new work is refused here: the object actors stop with the actor system, which stops
        // next, and the engine's Lua states are closed by the container when the host is disposed.
        if (_world is not null)
        {
            _world = null;
            LogInformationStopped(_logger);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "World started (tasks run at most {MaxAttempts} times, object ask timeout {AskTimeout}, effects go to {EffectSink})")]
    private static partial void LogInformationStarted(ILogger logger, int maxAttempts, string askTimeout, string effectSink);

    [LoggerMessage(Level = LogLevel.Information, Message = "World stopped")]
    private static partial void LogInformationStopped(ILogger logger);
}
