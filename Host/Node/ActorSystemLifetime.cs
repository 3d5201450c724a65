using ActorMoo.Host.Options;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Node;

/// <summary>
/// Ties the node's <see cref="ActorSystem"/> to the host: the system is created with the
/// <see cref="RuntimeOptions"/> as the host starts, and its coordinated shutdown runs when the
/// host stops. If the system terminates first (an actor or an operator command asked for it),
/// the host is stopped too, so the process exits instead of running on without actors.
/// </summary>
/// <param name="system">The node's actor system (created by the container on first use).</param>
/// <param name="lifetime">Stopped when the system terminates by itself.</param>
/// <param name="options">The runtime settings, for the start-up log.</param>
/// <param name="logger">Where start and termination are reported.</param>
public sealed partial class ActorSystemLifetime(
    ActorSystem system,
    IHostApplicationLifetime lifetime,
    IOptions<RuntimeOptions> options,
    ILogger<ActorSystemLifetime> logger) : IHostedService
{
    /// <summary>Name of the node's actor system: the authority of its actor paths.</summary>
    public const string SystemName = "actormoo";

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        RuntimeOptions runtime = options.Value;
        LogInformationStarted(logger, system.Name, runtime.MailboxThroughput, runtime.ShutdownPhaseTimeout.ToString());
        _ = StopHostWhenTerminatedAsync();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The host's token is deliberately not used: every shutdown phase is bounded by
    /// <c>actormoo.runtime.shutdown-phase-timeout</c>, so the coordinated shutdown always
    /// finishes, and abandoning it halfway could lose the last journal writes.
    /// </remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await system.TerminateAsync("the host is stopping");
        LogInformationTerminated(logger, system.Name);
    }

    private async Task StopHostWhenTerminatedAsync()
    {
        await system.WhenTerminated;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Actor system {Name} started (mailbox throughput {Throughput}, shutdown phase timeout {PhaseTimeout})")]
    private static partial void LogInformationStarted(ILogger logger, string name, int throughput, string phaseTimeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Actor system {Name} terminated")]
    private static partial void LogInformationTerminated(ILogger logger, string name);
}
