namespace ActorMoo.Host.Node;

/// <summary>
/// Creates the data directory when the node starts, before anything needs to write to it. (The
/// CLI has usually done so already in <see cref="NodeHost.CheckStartup"/>; this covers hosts
/// that are started directly, such as in-process test servers.)
/// </summary>
/// <param name="dataDirectory">The directory.</param>
public sealed class DataDirectoryInitializer(DataDirectory dataDirectory) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        dataDirectory.EnsureExists();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
