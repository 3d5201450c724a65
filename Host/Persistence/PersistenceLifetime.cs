using ActorMoo.Host.Options;
using ActorMoo.Runtime.Persistence;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Persistence;

/// <summary>
/// Opens the node's database as the host starts (creating or upgrading its schema unless
/// <c>actormoo.persistence.migrate-on-start</c> is off) and builds the <see cref="PersistenceRuntime"/>
/// the persistent actors use. It starts before the actor system and stops after it, so the last
/// writes of stopping actors are committed before the journal is closed.
/// </summary>
public sealed partial class PersistenceLifetime(
    PersistenceDatabaseFactory factory,
    IOptions<PersistenceOptions> options,
    PersistenceSerializer serializer,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<PersistenceLifetime>();

    /// <summary>The open database; set by <see cref="StartAsync"/>.</summary>
    private IPersistenceDatabase? _database;

    /// <summary>The journal, snapshot store and policy; set by <see cref="StartAsync"/>.</summary>
    private PersistenceRuntime? _runtime;

    /// <summary>What persistent actors are given.</summary>
    /// <exception cref="InvalidOperationException">The host has not started yet.</exception>
    public PersistenceRuntime Runtime => _runtime
        ?? throw new InvalidOperationException("Persistence is not open yet: actors that persist can only be created once the host has started.");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        PersistenceOptions settings = options.Value;
        IPersistenceDatabase database = await OpenAsync(cancellationToken);
        try
        {
            if (settings.MigrateOnStart)
            {
                MigrationReport report = await database.MigrateAsync(cancellationToken);
                LogInformationSchema(_logger, database.Description, report.ToVersion, report.Applied.Count);
            }
            else
            {
                int version = await database.ReadSchemaVersionAsync(cancellationToken);
                if (version != database.LatestSchemaVersion)
                {
                    throw new StorageUnavailableException(
                        $"{database.Description} has schema version {version}, this release needs {database.LatestSchemaVersion}: run `actormoo migrate` (actormoo.persistence.migrate-on-start is off)");
                }
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or StorageUnavailableException))
        {
            await database.DisposeAsync();
            throw new StorageUnavailableException($"cannot prepare {database.Description}: {e.Message}", e);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        var writerId = $"{Environment.MachineName}/{Environment.ProcessId}";
        _database = database;
        _runtime = new PersistenceRuntime(
            new EventJournal(database.CreateJournalStorage(), serializer, settings.ToJournalOptions(writerId), timeProvider, loggerFactory.CreateLogger<EventJournal>()),
            new SnapshotStore(database.CreateSnapshotStorage(), serializer, timeProvider),
            settings.ToSnapshotPolicy());
    }

    /// <summary>Opens the database, turning the back end's failure into one operator-facing message.</summary>
    private async Task<IPersistenceDatabase> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await factory.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new StorageUnavailableException(e.Message, e);
        }
    }

    /// <inheritdoc />
    /// <remarks>Commits the writes still queued, then closes the database; the host's token is not used, so no acknowledged write is abandoned.</remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_runtime is { } runtime)
        {
            await runtime.Journal.DisposeAsync();
            await runtime.Snapshots.DisposeAsync();
        }

        if (_database is { } database)
        {
            await database.DisposeAsync();
        }

        _runtime = null;
        _database = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Persistence: {Description}, schema version {Version} ({Applied} migrations applied now)")]
    private static partial void LogInformationSchema(ILogger logger, string description, int version, int applied);
}
