using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Node;
using ActorMoo.Host.Options;
using ActorMoo.Host.Persistence;
using ActorMoo.Runtime.Persistence;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Cli;

/// <summary>
/// The configured store opened for <c>export</c> and <c>import</c> without starting a node: the
/// database the node would use (SQLite in the data directory, or PostgreSQL when configured), its
/// journal and snapshots with every persistent type registered, and the world file sections.
/// </summary>
internal sealed class WorldStoreAccess : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly IPersistenceDatabase _database;

    private WorldStoreAccess(IHost host, IPersistenceDatabase database, PersistenceRuntime store, IReadOnlyList<IWorldFileSection> sections)
    {
        _host = host;
        _database = database;
        Store = store;
        Sections = sections;
    }

    /// <summary>The journal and snapshots.</summary>
    public PersistenceRuntime Store { get; }

    /// <summary>The node's services as configured (options such as the account settings).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Every registered world file section (accounts, tasks…).</summary>
    public IReadOnlyList<IWorldFileSection> Sections { get; }

    /// <summary>Where the data lives, for messages (never a password).</summary>
    public string Description => _database.Description;

    /// <summary>
    /// Builds the node's services from <paramref name="context"/>, checks the configuration, and opens
    /// the database — creating or upgrading its schema when <paramref name="migrate"/>, otherwise
    /// requiring the current schema.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The database cannot be opened or has the wrong schema.</exception>
    public static async Task<WorldStoreAccess> OpenAsync(ActorMooConfigurationContext context, bool migrate, CancellationToken cancellationToken)
    {
        HostApplicationBuilder builder = NodeHost.CreateBuilder(context);
        // The node registers the world's types; registered last and only if missing, this cannot clash with it.
        builder.Services.AddPersistentTypes(static registry =>
        {
            if (!registry.IsRegistered(typeof(ObjectState)))
            {
                registry.RegisterWorld();
            }
        });
        IHost host = builder.Build();
        try
        {
            NodeHost.CheckStartup(host.Services);
            IPersistenceDatabase database = await OpenDatabaseAsync(host.Services.GetRequiredService<PersistenceDatabaseFactory>(), migrate, cancellationToken);
            PersistenceOptions options = host.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
            var serializer = host.Services.GetRequiredService<PersistenceSerializer>();
            var time = host.Services.GetRequiredService<TimeProvider>();
            var store = new PersistenceRuntime(
                new EventJournal(database.CreateJournalStorage(), serializer, options.ToJournalOptions($"{Environment.MachineName}/{Environment.ProcessId}/import"), time),
                new SnapshotStore(database.CreateSnapshotStorage(), serializer, time),
                options.ToSnapshotPolicy());
            return new WorldStoreAccess(host, database, store, [.. host.Services.GetServices<IWorldFileSection>()]);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static async Task<IPersistenceDatabase> OpenDatabaseAsync(PersistenceDatabaseFactory factory, bool migrate, CancellationToken cancellationToken)
    {
        IPersistenceDatabase database;
        try
        {
            database = await factory.OpenAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new StorageUnavailableException(e.Message, e);
        }

        try
        {
            if (migrate)
            {
                await database.MigrateAsync(cancellationToken);
            }
            else if (await database.ReadSchemaVersionAsync(cancellationToken) is var version && version != database.LatestSchemaVersion)
            {
                throw new StorageUnavailableException(version == 0
                    ? $"{database.Description} holds no ActorMoo data (its schema was never created)"
                    : $"{database.Description} has schema version {version}, this release needs {database.LatestSchemaVersion}: run `actormoo migrate`");
            }

            return database;
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
    }

    /// <summary>Commits anything queued, then closes the journal, the snapshots, the database and the services.</summary>
    public async ValueTask DisposeAsync()
    {
        await Store.Journal.DisposeAsync();
        await Store.Snapshots.DisposeAsync();
        await _database.DisposeAsync();
        _host.Dispose();
    }
}
