using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Support;

/// <summary>
/// Builds small worlds for tests through the same planners and events the server uses, so that
/// every test world is one the real event path can produce.
/// </summary>
internal sealed class TestWorld
{
    private long _nextId;

    public InMemoryObjects Objects { get; private set; } = InMemoryObjects.Empty;

    public ObjectState this[ObjectId id] => Objects[id] ?? throw new KeyNotFoundException($"{id} does not exist");

    public ObjectId Create(string name, ObjectId? owner = null, params ObjectId[] parents)
    {
        var id = new ObjectId(_nextId++);
        Apply(Creation.Plan(id, name, owner ?? id, [.. parents]));
        return id;
    }

    public ObjectId CreatePlayer(string name, ObjectFlags flags = ObjectFlags.None, params ObjectId[] parents)
    {
        var id = Create(name, null, parents);
        Apply(id, new FlagsChanged(ObjectFlags.Player | flags));
        return id;
    }

    public void Apply(IEnumerable<ObjectChange> changes) => Objects = Objects.Apply(changes);

    public void Apply(ObjectId target, ObjectEvent e) => Objects = Objects.Apply(new ObjectChange(target, e));

    public void Move(ObjectId item, ObjectId destination) => Apply(Movement.Plan(this[item], destination));

    public void SetFlags(ObjectId id, ObjectFlags flags) => Apply(id, new FlagsChanged(flags));

    public void SetAliases(ObjectId id, params string[] aliases) => Apply(id, new AliasesSet([.. aliases]));

    public void AddProperty(ObjectId id, string name, MooValue value, ObjectId? owner = null, PropertyPermissions permissions = PropertyPermissions.Read) =>
        Apply(id, new PropertyAdded(new PropertyDefinition(name, value, owner ?? this[id].Owner, permissions)));

    public void SetProperty(ObjectId id, string name, MooValue value) => Apply(id, new PropertyValueSet(name, value));

    public VerbDefinition AddVerb(
        ObjectId id, string names, VerbArgSpec? argSpec = null, ObjectId? owner = null,
        VerbPermissions permissions = VerbPermissions.Read | VerbPermissions.Execute, string code = "")
    {
        var state = this[id];
        var verb = new VerbDefinition(state.NextVerbId, names, owner ?? state.Owner, permissions, argSpec ?? VerbArgSpec.ThisNoneThis, code, 1);
        Apply(id, new VerbAdded(verb));
        return verb;
    }
}
