using System.Globalization;
using ActorMoo.Actors.World;
using ActorMoo.Scripting.Values;
using ActorMoo.World.StressHost;

// The child process of the world's kill -9 stress test (tests/ActorMoo.Actors.Tests/World/Stress):
// opens the SQLite world in <folder> (creating it on the first run: rooms, players, items), prints
// READY, then runs the simulated players until it is killed, printing "ACKED n" after each fsync of
// the acknowledgement file.
//
//   ActorMoo.World.StressHost <folder> [players] [items] [rooms]      (default 200 1000 50)
if (args.Length is < 1 or > 4)
{
    Console.Error.WriteLine("usage: ActorMoo.World.StressHost <folder> [players] [items] [rooms]");
    return 2;
}
var folder = args[0];
var players = Count(1, 200);
var items = Count(2, 1000);
var rooms = Count(3, 50);
Directory.CreateDirectory(folder);

// Generous bounds: 200 players on a few shared rooms conflict often, and the machine may be loaded.
var settings = new WorldSettings { MaxAttempts = 100, AskTimeout = TimeSpan.FromSeconds(60) };
await using var world = await StressWorld.OpenAsync(folder, settings);
var layout = StressLayout.TryLoad(folder);
if (layout is null)
{
    layout = await WorldBuilder.CreateAsync(world.Tasks, rooms, players, items);
    layout.Save(folder);
}
Console.WriteLine($"READY {layout.Rooms.Length} rooms, {layout.Players.Length} players, {layout.Items.Length} items");

await using var acks = new AckLog(folder, Console.Out);
var index = new StressWorldIndex(layout);
var seed = Environment.ProcessId;
await Task.WhenAll(layout.Players.Select((player, i) =>
    Task.Run(() => new SimulatedPlayer(world.Tasks, index, new ObjectId(player), acks, seed * 7919 + i).RunAsync(CancellationToken.None))));
return 0;

int Count(int position, int fallback) =>
    args.Length > position ? int.Parse(args[position], NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
