using ActorMoo.Scripting.Values;

namespace ActorMoo.World.StressHost;

/// <summary>The layout as sets, for the players' quick "is this an item / a player" questions.</summary>
internal sealed class StressWorldIndex
{
    private readonly HashSet<ObjectId> _players;
    private readonly HashSet<ObjectId> _items;

    public StressWorldIndex(StressLayout layout)
    {
        Rooms = [.. layout.Rooms.Select(id => new ObjectId(id))];
        _players = [.. layout.Players.Select(id => new ObjectId(id))];
        _items = [.. layout.Items.Select(id => new ObjectId(id))];
    }

    public IReadOnlyList<ObjectId> Rooms { get; }

    public bool IsPlayer(ObjectId id) => _players.Contains(id);

    public bool IsItem(ObjectId id) => _items.Contains(id);
}
