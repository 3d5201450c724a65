using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.Server;

public sealed class InProcessServerTests
{
    private const string Password = "server-test";

    private readonly InMemoryJournalStorage _journalStorage = new();
    private readonly InMemorySnapshotStorage _snapshotStorage = new();
    private readonly PersistenceSerializer _serializer = InProcessServer.CreateSerializer();

    [Fact]
    public async Task A_first_start_must_load_the_starter_core_and_let_the_wizard_log_in()
    {
        var persistence = Persistence();
        await using (var server = await InProcessServer.StartAsync(persistence, new InProcessServerOptions { WizardPassword = Password }))
        {
            await using var console = await LocalSession.OpenAsync(server.Sessions);
            await console.ReadUntilPromptAsync();

            var answer = await console.CommandAsync($"connect Wizard {Password}");

            Assert.Contains("The Lobby", answer);
            Assert.Contains("brass lamp", answer);
        }
        await DisposeAsync(persistence);
    }

    [Fact]
    public async Task A_server_started_again_over_the_same_store_must_recover_the_world_from_its_journal()
    {
        var first = Persistence();
        await using (var server = await InProcessServer.StartAsync(first, new InProcessServerOptions { WizardPassword = Password }))
        {
            await using var console = await LocalSession.OpenAsync(server.Sessions);
            await console.ReadUntilPromptAsync();
            await console.CommandAsync($"connect Wizard {Password}");
            await console.CommandAsync("@create $thing named copper pot,pot");
            await console.CommandAsync("drop pot");
        }
        await DisposeAsync(first);

        var second = Persistence();
        await using (var server = await InProcessServer.StartAsync(second, new InProcessServerOptions { WizardPassword = "ignored-now" }))
        {
            await using var console = await LocalSession.OpenAsync(server.Sessions);
            await console.ReadUntilPromptAsync();

            var answer = await console.CommandAsync($"connect Wizard {Password}");

            Assert.Contains("copper pot", answer);
        }
        await DisposeAsync(second);
    }

    private PersistenceRuntime Persistence()
    {
        var journal = new EventJournal(_journalStorage, _serializer, new JournalOptions { WriterId = "server-test" }, TimeProvider.System);
        return new PersistenceRuntime(journal, new SnapshotStore(_snapshotStorage, _serializer, TimeProvider.System));
    }

    private static async Task DisposeAsync(PersistenceRuntime persistence)
    {
        await persistence.Journal.DisposeAsync();
        await persistence.Snapshots.DisposeAsync();
    }
}
