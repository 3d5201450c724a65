using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// The entities of one shard by actor name, with their state, last access and least-recently-used
/// order. Built for a million idle entities per node: one dictionary entry (28 bytes) and one
/// 32-byte slot per entity, the LRU list threaded through the slots by index, no object per
/// entity; both grow by a quarter to a half at a time rather than doubling, to keep the slack
/// small. Owned by the shard's mailbox turn.
/// </summary>
internal sealed class EntityTable
{
    private const int None = -1;

    /// <summary>Slot index by actor name (<see cref="EntityName"/>).</summary>
    private readonly Dictionary<string, int> _indexByName = [];

    /// <summary>The capacity of <see cref="_indexByName"/>, so that it can be grown in small steps.</summary>
    private int _indexCapacity;

    /// <summary>The entities; a freed slot is chained into <see cref="_free"/> through <see cref="Slot.Next"/>.</summary>
    private Slot[] _slots = new Slot[16];

    /// <summary>Slots handed out so far (the high-water mark); slots at and beyond it were never used.</summary>
    private int _used;

    /// <summary>First free slot below <see cref="_used"/>, or <see cref="None"/>.</summary>
    private int _free = None;

    /// <summary>The most recently used active entity, or <see cref="None"/>.</summary>
    private int _mostRecent = None;

    /// <summary>The least recently used active entity: the next to evict, or <see cref="None"/>.</summary>
    private int _leastRecent = None;

    /// <summary>Entities in any state.</summary>
    public int Count => _indexByName.Count;

    /// <summary>Entities in the <see cref="EntityState.Active"/> state (those in the LRU order).</summary>
    public int ActiveCount { get; private set; }

    /// <summary>The least recently used active entity, or -1 when none is active.</summary>
    public int LeastRecentlyUsed => _leastRecent;

    /// <summary>The actor names of all entities.</summary>
    public IEnumerable<string> Names => _indexByName.Keys;

    /// <summary>Finds the entity called <paramref name="name"/>.</summary>
    public bool TryFind(string name, out int index) => _indexByName.TryGetValue(name, out index);

    /// <summary>Adds an entity; an <see cref="EntityState.Active"/> one becomes the most recently used.</summary>
    public int Add(string name, EntityState state, IActorRef? entity, long now)
    {
        if (_indexByName.Count >= _indexCapacity) _indexCapacity = _indexByName.EnsureCapacity(_indexCapacity + _indexCapacity / 4 + 16);
        var index = TakeSlot();
        _slots[index] = new Slot { Owner = entity ?? (object)name, State = state, LastAccess = now, Previous = None, Next = None };
        _indexByName.Add(name, index);
        if (state == EntityState.Active) LinkAsMostRecent(index);
        return index;
    }

    /// <summary>Removes the entity at <paramref name="index"/>.</summary>
    public void Remove(int index)
    {
        ref var slot = ref _slots[index];
        if (slot.State == EntityState.Active) Unlink(index);
        _indexByName.Remove(NameAt(index));
        slot = new Slot { Next = _free };
        _free = index;
    }

    /// <summary>The actor name of the entity at <paramref name="index"/>.</summary>
    public string NameAt(int index) => _slots[index].Owner switch
    {
        IActorRef entity => entity.Path.Name,
        var name => (string)name!,
    };

    /// <summary>The running incarnation at <paramref name="index"/>, or null while it is not created.</summary>
    public IActorRef? EntityAt(int index) => _slots[index].Owner as IActorRef;

    /// <summary>The state of the entity at <paramref name="index"/>.</summary>
    public EntityState StateAt(int index) => _slots[index].State;

    /// <summary>When the entity at <paramref name="index"/> last received a message (a TimeProvider timestamp).</summary>
    public long LastAccessAt(int index) => _slots[index].LastAccess;

    /// <summary>Records a message for the active entity at <paramref name="index"/>: it becomes the most recently used.</summary>
    public void Touch(int index, long now)
    {
        _slots[index].LastAccess = now;
        if (_mostRecent == index) return;
        Unlink(index);
        LinkAsMostRecent(index);
    }

    /// <summary>Moves the entity at <paramref name="index"/> to <paramref name="state"/> with incarnation
    /// <paramref name="entity"/>; entering <see cref="EntityState.Active"/> makes it the most recently used.</summary>
    public void Set(int index, EntityState state, IActorRef? entity, long now)
    {
        var owner = entity ?? (object)NameAt(index);
        ref var slot = ref _slots[index];
        if (slot.State == EntityState.Active) Unlink(index);
        slot.State = state;
        slot.Owner = owner;
        slot.LastAccess = now;
        if (state == EntityState.Active) LinkAsMostRecent(index);
    }

    private int TakeSlot()
    {
        if (_free != None)
        {
            var index = _free;
            _free = _slots[index].Next;
            return index;
        }
        if (_used == _slots.Length) Array.Resize(ref _slots, _slots.Length + _slots.Length / 2);
        return _used++;
    }

    private void LinkAsMostRecent(int index)
    {
        ref var slot = ref _slots[index];
        slot.Previous = None;
        slot.Next = _mostRecent;
        if (_mostRecent != None) _slots[_mostRecent].Previous = index;
        _mostRecent = index;
        if (_leastRecent == None) _leastRecent = index;
        ActiveCount++;
    }

    private void Unlink(int index)
    {
        ref var slot = ref _slots[index];
        if (slot.Previous != None) _slots[slot.Previous].Next = slot.Next;
        else _mostRecent = slot.Next;
        if (slot.Next != None) _slots[slot.Next].Previous = slot.Previous;
        else _leastRecent = slot.Previous;
        slot.Previous = slot.Next = None;
        ActiveCount--;
    }

    /// <summary>One entity. 32 bytes: a reference, a timestamp, two links and the state.</summary>
    private struct Slot
    {
        /// <summary>The current incarnation, whose path ends in the entity's actor name (the dictionary
        /// key, the same string instance); while there is none (<see cref="EntityState.Remembering"/>),
        /// the actor name itself. One field for both saves 8 bytes per entity.</summary>
        public object? Owner;

        /// <summary>Timestamp of the last message delivered through the shard.</summary>
        public long LastAccess;

        /// <summary>The LRU neighbour toward the most recently used, while active.</summary>
        public int Previous;

        /// <summary>The LRU neighbour toward the least recently used, while active; the next free slot
        /// while the slot is free.</summary>
        public int Next;

        public EntityState State;
    }
}
