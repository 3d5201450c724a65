using System.Text.Json;
using ActorMoo.Scripting.Values;

namespace ActorMoo.World.StressHost;

/// <summary>
/// Which objects make up the stress world: its rooms, simulated players and items. Written once,
/// after the world's creation has committed, so a run that finds it knows the world is complete.
/// </summary>
/// <param name="Rooms">The rooms' ids.</param>
/// <param name="Players">The players' ids; each is in one room and carries items.</param>
/// <param name="Items">The items' ids; each is in a room or carried by a player.</param>
public sealed record StressLayout(long[] Rooms, long[] Players, long[] Items)
{
    /// <summary>The layout's file name in the data folder.</summary>
    public const string FileName = "layout.json";

    /// <summary>Every object of the world: rooms, then players, then items.</summary>
    public IEnumerable<ObjectId> AllObjects => Rooms.Concat(Players).Concat(Items).Select(id => new ObjectId(id));

    /// <summary>The layout saved in <paramref name="folder"/>, or null when the world was not created yet.</summary>
    public static StressLayout? TryLoad(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<StressLayout>(File.ReadAllText(path)) : null;
    }

    /// <summary>Saves the layout in <paramref name="folder"/> atomically (a whole file or none).</summary>
    public void Save(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, this);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
