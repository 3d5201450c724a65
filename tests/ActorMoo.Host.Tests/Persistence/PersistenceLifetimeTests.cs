using ActorMoo.Host.Node;
using ActorMoo.Host.Persistence;
using ActorMoo.Host.Tests.Support;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Host.Tests.Persistence;

/// <summary>A node opens its SQLite database in the data directory, migrates it, and closes it when it stops.</summary>
public sealed class PersistenceLifetimeTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private IHost Build(string? configuration = null)
    {
        if (configuration is not null)
        {
            _directory.Write("hocon/actormoo.conf", configuration);
        }

        return NodeHost.CreateBuilder(TestEnvironment.NodeContext(_directory.Path)).Build();
    }

    [Fact]
    public async Task A_node_stores_its_journal_in_sqlite_under_the_data_directory()
    {
        using (IHost host = Build())
        {
            await host.StartAsync();
            EventJournal journal = host.Services.GetRequiredService<EventJournal>();
            Assert.Same(journal, host.Services.GetRequiredService<PersistenceRuntime>().Journal);
            Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("no-such-entity"));
            Assert.Equal(1000, host.Services.GetRequiredService<PersistenceRuntime>().SnapshotPolicy.EveryEvents);
            await host.StopAsync();
        }

        Assert.True(File.Exists(Path.Combine(_directory.Path, "data", PersistenceDatabaseFactory.SqliteFileName)));
    }

    [Fact]
    public async Task A_node_without_migrate_on_start_refuses_an_unmigrated_database()
    {
        using IHost host = Build("actormoo.persistence.migrate-on-start = off");

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => host.StartAsync());

        Assert.Contains("actormoo migrate", error.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public void The_journal_is_unavailable_before_the_node_has_started()
    {
        using IHost host = Build();

        Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<PersistenceRuntime>());
    }
}
