using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Persistence;

namespace ActorMoo.Host.World;

/// <summary>
/// Fills an empty database with the starter core (<see cref="StarterCore"/>) as the node starts:
/// after persistence opens and before the world's actors start, so that they recover the core
/// (and the object id counter continues after it). A database that holds anything is left alone.
/// </summary>
public sealed partial class StarterCoreLifetime(
    PersistenceLifetime persistence,
    IEnumerable<IWorldFileSection> sections,
    ILogger<StarterCoreLifetime> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await StarterCore.LoadIfEmptyAsync(persistence.Runtime.Journal, [.. sections], cancellationToken))
        {
            LogInformationLoaded(logger, StarterCore.Read().Objects.Length);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The database was empty: loaded the starter core ({Objects} objects)")]
    private static partial void LogInformationLoaded(ILogger logger, int objects);
}
