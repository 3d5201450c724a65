using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>
/// Lines a client sends together (a paste) reach a task waiting in <c>read()</c> in order: the
/// session holds each next line until the woken task has read again or finished, instead of
/// handing it to the command parser meanwhile.
/// </summary>
public sealed class PastedInputTests : IAsyncLifetime
{
    private const string Password = "paste-test";

    private readonly InMemoryJournalStorage _journalStorage = new();
    private readonly InMemorySnapshotStorage _snapshotStorage = new();
    private PersistenceRuntime? _persistence;
    private InProcessServer? _server;

    public async Task InitializeAsync()
    {
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());
        _persistence = new PersistenceRuntime(
            new EventJournal(_journalStorage, serializer, new JournalOptions { WriterId = "paste-test" }, TimeProvider.System),
            new SnapshotStore(_snapshotStorage, serializer, TimeProvider.System));
        _server = await InProcessServer.StartAsync(_persistence, new InProcessServerOptions { WizardPassword = Password });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (_persistence is not null)
        {
            await _persistence.Journal.DisposeAsync();
            await _persistence.Snapshots.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_pasted_multi_line_program_must_reach_the_program_command_and_not_the_parser()
    {
        await using var console = await LocalSession.OpenAsync(_server!.Sessions);
        await console.ReadUntilPromptAsync();
        await console.CommandAsync($"connect Wizard {Password}");
        await console.CommandAsync("@create $thing named drum");
        await console.CommandAsync("@verb drum:beat this none none");

        // All at once, without waiting for any answer: what a MUD client does with a paste.
        foreach (var line in new[] { "@program drum:beat", "notify(player, 'boom')", "notify(player, 'BOOM')", ".", "beat drum" })
            await console.SendAsync(line);

        var seen = "";
        for (var answers = 0; answers < 10 && !seen.Contains("BOOM", StringComparison.Ordinal); answers++)
            seen += await console.ReadUntilPromptAsync() + "\n";

        Assert.Contains("programmed", seen, StringComparison.Ordinal);
        Assert.Contains("boom\nBOOM", seen.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("couldn't understand", seen, StringComparison.Ordinal);
    }
}
