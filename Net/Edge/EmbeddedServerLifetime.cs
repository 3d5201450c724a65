using Microsoft.Extensions.Hosting;

namespace ActorMoo.Net.Edge;

/// <summary>
/// The lifetime of an edge server's inner Kestrel application (telnet, HTTP): started and stopped only by its
/// owner. The default console lifetime would print its own "Application started" lines and stop
/// the listeners on Ctrl+C by itself, racing the node's orderly shutdown.
/// </summary>
internal sealed class EmbeddedServerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
