using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Host.Node;
using ActorMoo.Host.Tests.Support;
using ActorMoo.Host.Web;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Host.Tests.Web;

/// <summary>The node's <c>world-stats</c> counters, as wired in the host, over the starter core.</summary>
public sealed class NodeWorldStatsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_counters_must_be_real_numbers_of_the_running_world()
    {
        var environment = new Dictionary<string, string> { ["ACTORMOO_WIZARD_PASSWORD"] = "Stats-wizard-pw" };
        using IHost host = NodeHost.CreateBuilder(TestEnvironment.NodeContext(_directory.Path, environment)).Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await host.StartAsync(timeout.Token);
        var stats = host.Services.GetRequiredService<NodeWorldStats>();
        var before = await stats.GetAsync(timeout.Token);

        await using (var console = await LocalSession.OpenAsync(host.Services.GetRequiredService<WorldSessions>()))
        {
            await console.ReadUntilPromptAsync();
            await console.CommandAsync("connect Wizard Stats-wizard-pw");
            await console.CommandAsync("look");
            await console.CommandAsync("inventory");
            await console.CommandAsync("say counting");

            var after = await stats.GetAsync(timeout.Token);

            Assert.True(after.CommandsServed >= before.CommandsServed + 3, $"{before.CommandsServed} then {after.CommandsServed}");
            Assert.Equal(1, after.PlayersOnline);
            Assert.Equal(StarterCoreRooms(), after.Rooms);
            Assert.True(after.Objects >= StarterCore.Read().NextId, $"{after.Objects} objects");
        }

        await host.StopAsync(timeout.Token);
    }

    /// <summary>The core files' objects with <c>$room</c> among their ancestors.</summary>
    private static long StarterCoreRooms()
    {
        var image = StarterCore.Read();
        var byId = image.Objects.ToDictionary(o => o.Id);
        var room = byId[SystemObjects.System].FindDefinedProperty("room")!.Value.AsObject();
        bool IsRoom(ObjectId id) => byId.TryGetValue(id, out var o) && o.Parents.Any(p => p == room || IsRoom(p));
        return image.Objects.Count(o => o.Id != room && IsRoom(o.Id));
    }
}
