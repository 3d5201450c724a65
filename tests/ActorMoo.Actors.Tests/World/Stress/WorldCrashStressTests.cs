using System.Globalization;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Scripting.Values;
using ActorMoo.World.StressHost;
using Xunit.Abstractions;

namespace ActorMoo.Actors.Tests.World.Stress;

/// <summary>
/// Issue 5 §6, the world's invariant stress test: 200 concurrent simulated players move 1,000 items
/// between rooms and each other (get, drop, give, walk) as world tasks over a SQLite journal, while
/// the hosting process is killed with SIGKILL and restarted several times. Afterwards every item is
/// in exactly one container, every container's contents agree with its items' locations, and no
/// acknowledged move is lost.
/// </summary>
/// <remarks>
/// The default is short for CI (about 9 s of moving over 3 incarnations, each killed). The full run
/// of the issue, at least 60 s of moving and more kills:
/// <code>
/// ACTORMOO_STRESS_SECONDS=60 ACTORMOO_STRESS_KILLS=6 dotnet test tests/ActorMoo.Actors.Tests --filter FullyQualifiedName~WorldCrashStressTests
/// </code>
/// Nothing here measures time: an incarnation is killed only after it acknowledged at least one
/// move, at a random moment after that.
/// </remarks>
public sealed class WorldCrashStressTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actormoo-stress-").FullName;

    [Fact]
    public async Task Moves_must_keep_every_item_in_one_container_and_lose_no_acknowledged_move_across_kill_9_restarts()
    {
        var seconds = Setting("ACTORMOO_STRESS_SECONDS", 9);
        var kills = Setting("ACTORMOO_STRESS_KILLS", Math.Max(3, seconds / 10));
        var random = new Random();
        for (var incarnation = 0; incarnation < kills; incarnation++)
        {
            using var host = StressHostProcess.Start(_folder);
            await host.WaitForFirstAcknowledgementAsync();
            // A random moment: on average seconds/kills of moving per incarnation.
            await Task.Delay(TimeSpan.FromSeconds(seconds * (0.5 + random.NextDouble()) / kills));
            await host.KillAsync();
        }

        var layout = StressLayout.TryLoad(_folder) ?? throw new InvalidOperationException("The stress host never finished creating the world.");
        var acknowledged = AckLog.ReadLatest(_folder);
        Assert.True(acknowledged.Count > 0, "No move was acknowledged.");
        await using var world = await StressWorld.OpenAsync(_folder, new WorldSettings());
        var states = new Dictionary<ObjectId, ObjectState>();
        foreach (var id in layout.AllObjects)
            states[id] = (await world.Objects.ReadAsync(id)).State ?? throw new InvalidOperationException($"{id} of the layout does not exist.");

        output.WriteLine($"{kills} incarnations killed, {AckLog.Count(_folder)} moves acknowledged, {acknowledged.Count} objects moved.");
        var violations = new List<string>();
        CheckContainment(layout, states, violations);
        CheckAcknowledgements(acknowledged, states, violations);
        Assert.True(violations.Count == 0,
            $"{violations.Count} violations after {kills} kills and {AckLog.Count(_folder)} acknowledged moves:{Environment.NewLine}" +
            string.Join(Environment.NewLine, violations.Take(20)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Every item and player is in exactly one container, and contents and locations agree both ways.</summary>
    private static void CheckContainment(StressLayout layout, Dictionary<ObjectId, ObjectState> states, List<string> violations)
    {
        var holders = new Dictionary<ObjectId, List<ObjectId>>();
        foreach (var (container, state) in states)
        {
            if (state.Contents.Distinct().Count() != state.Contents.Length)
                violations.Add($"{container} lists an object twice in its contents: {string.Join(", ", state.Contents)}");
            foreach (var held in state.Contents)
            {
                if (!holders.TryGetValue(held, out var list))
                    holders[held] = list = [];
                list.Add(container);
                if (!states.TryGetValue(held, out var heldState) || heldState.Location != container)
                    violations.Add($"{container} holds {held}, whose location is {(heldState is null ? "unknown" : heldState.Location)}");
            }
        }
        var rooms = layout.Rooms.Select(id => new ObjectId(id)).ToHashSet();
        foreach (var moving in layout.Players.Concat(layout.Items).Select(id => new ObjectId(id)))
        {
            var location = states[moving].Location;
            var inside = holders.GetValueOrDefault(moving) ?? [];
            if (inside.Count != 1 || inside[0] != location)
                violations.Add($"{moving} is located in {location} but listed in the contents of [{string.Join(", ", inside)}]");
            if (layout.Players.Contains(moving.Value) && !rooms.Contains(location))
                violations.Add($"player {moving} is in {location}, which is not a room");
        }
    }

    /// <summary>No acknowledged move is lost: the object went on (a higher version) or is where the acknowledgement says.</summary>
    private static void CheckAcknowledgements(IReadOnlyDictionary<ObjectId, Acknowledgement> acknowledged, Dictionary<ObjectId, ObjectState> states, List<string> violations)
    {
        foreach (var (id, ack) in acknowledged)
        {
            var state = states[id];
            if (state.Version < ack.Version)
                violations.Add($"{id} is at version {state.Version}, but the move to {ack.Destination} that made it version {ack.Version} was acknowledged");
            else if (state.Version == ack.Version && state.Location != ack.Destination)
                violations.Add($"{id} is at the acknowledged version {ack.Version} but in {state.Location}, not {ack.Destination}");
        }
    }

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
