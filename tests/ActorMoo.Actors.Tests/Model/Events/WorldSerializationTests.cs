using ActorMoo.Actors.Model;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Events;

public sealed class WorldSerializationTests
{
    private static readonly ObjectId Owner = new(2);

    private static readonly PersistenceSerializer Serializer = new(new TypeManifestRegistry().RegisterObjectModel());

    /// <summary>One history that uses every event type, each applicable after the previous ones.</summary>
    private static readonly ObjectEvent[] HistoryEvents =
    [
        new ObjectCreated(new(7), "lamp", Owner, [new(1), new(3)]),
        new ObjectRenamed("brass lamp"),
        new AliasesSet(["lamp", "light"]),
        new OwnerChanged(new(4)),
        new FlagsChanged(ObjectFlags.Read | ObjectFlags.Fertile),
        new ParentsChanged([new(3)]),
        new ChildAdded(new(9)),
        new ChildRemoved(new(9)),
        new LocationChanged(new(5)),
        new ContentAdded(new(8)),
        new ContentRemoved(new(8)),
        new PropertyAdded(new PropertyDefinition("data", MooValue.List(1L, 2.5, "x", new ObjectId(3), MooValue.Nil), Owner, PropertyPermissions.Read | PropertyPermissions.Chown)),
        new PropertyValueSet("data", MooValue.Map([new(MooValue.String("k"), MooValue.True)])),
        new PropertyValueSet("inherited", 42L),
        new PropertyOverrideRenamed("inherited", "renamed"),
        new PropertyCleared("renamed"),
        new PropertyInfoChanged("data", "info", Owner, PropertyPermissions.Write),
        new PropertyDeleted("info"),
        new VerbAdded(new VerbDefinition(1, "l*ook examine", Owner, VerbPermissions.Read | VerbPermissions.Execute, new(ObjectArgSpec.Any, Preposition.InFrontOf, ObjectArgSpec.This), "", 1)),
        new VerbCodeSet(1, "player:tell(\"hi\")\n"),
        new VerbInfoChanged(1, "look", Owner, VerbPermissions.Debug),
        new VerbArgsChanged(1, VerbArgSpec.AnyAnyAny),
        new VerbDeleted(1),
        new ObjectRecycled(),
    ];

    public static TheoryData<ObjectEvent> EveryEvent() => new(HistoryEvents);

    private static List<ObjectEvent> History() => [.. HistoryEvents];

    [Theory]
    [MemberData(nameof(EveryEvent))]
    public void Every_event_survives_a_round_trip_through_its_manifest(ObjectEvent e)
    {
        var payload = Serializer.Serialize(e);
        Assert.StartsWith("moo.", payload.Manifest);
        Assert.Equal(e, Serializer.Deserialize(payload));
    }

    [Fact]
    public void Every_event_type_of_the_model_is_registered()
    {
        var eventTypes = typeof(ObjectEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ObjectEvent)) && !t.IsAbstract).ToList();
        Assert.All(eventTypes, t => Assert.True(Serializer.Registry.IsRegistered(t), $"{t.Name} is not registered"));
        Assert.Equal(eventTypes.Count, History().Select(e => e.GetType()).Distinct().Count());
    }

    [Fact]
    public void Applying_deserialized_events_gives_the_same_state_as_applying_the_originals()
    {
        var history = History();
        var original = ObjectEvents.ApplyAll(null, history.Take(history.Count - 1));
        var replayed = ObjectEvents.ApplyAll(null, history.Take(history.Count - 1).Select(e => Serializer.Deserialize(Serializer.Serialize(e))).Cast<ObjectEvent>());
        Assert.Equal(original, replayed);
        Assert.Equal(history.Count - 1, original.Version);
    }

    [Fact]
    public void A_state_snapshot_survives_a_round_trip()
    {
        var history = History();
        var state = ObjectEvents.ApplyAll(null, history.Take(14));
        var payload = Serializer.Serialize(state);
        Assert.Equal(WorldSerialization.StateManifest, payload.Manifest);
        Assert.Equal(state, Serializer.Deserialize(payload));
    }

    [Fact]
    public void Events_serialized_through_the_base_type_carry_their_manifest_and_read_back()
    {
        var e = new VerbArgsChanged(3, new VerbArgSpec(ObjectArgSpec.This, Preposition.With, ObjectArgSpec.Any));
        var json = WorldSerialization.ToJson(e);
        Assert.Contains($"\"$event\":\"{VerbArgsChanged.Manifest}\"", json);
        Assert.Contains("\"With\"", json);
        Assert.Equal(e, WorldSerialization.EventFromJson(json));
    }

    [Fact]
    public void Flags_are_written_by_name_so_that_journals_stay_readable()
    {
        var json = System.Text.Encoding.UTF8.GetString(Serializer.Serialize(new FlagsChanged(ObjectFlags.Player | ObjectFlags.Wizard)).Payload);
        Assert.Contains("Player", json);
        Assert.Contains("Wizard", json);
    }

    [Fact]
    public void A_snapshot_stores_data_only_not_computed_conveniences()
    {
        var state = ObjectEvents.ApplyAll(null, History().Take(19));
        var json = System.Text.Encoding.UTF8.GetString(Serializer.Serialize(state).Payload);
        Assert.DoesNotContain("isValid", json);
        Assert.DoesNotContain("isExecutable", json);
        Assert.Contains("\"nextVerbId\":2", json);
    }
}
