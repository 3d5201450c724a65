using Microsoft.Extensions.Hosting;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// The lifetime of the telnet server's inner Kestrel application: started and stopped only by its
/// owner. The default console lifetime would print its own "Application started" lines and stop
/// the listeners on Ctrl+C by itself, racing the node's orderly shutdown.
/// </summary>
internal sealed class EmbeddedServerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
