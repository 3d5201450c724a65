using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Events;

public sealed class ObjectEventsTests
{
    private static readonly ObjectId Id = new(7);
    private static readonly ObjectId Owner = new(2);

    private static ObjectState Created(params ObjectId[] parents) =>
        ObjectEvents.Apply(null, new ObjectCreated(Id, "lamp", Owner, [.. parents]));

    private static VerbDefinition Verb(int id = 1) =>
        new(id, "l*ook", Owner, VerbPermissions.Read, VerbArgSpec.NoneNoneNone, "", 1);

    [Fact]
    public void Creation_starts_an_object_nowhere_at_version_one()
    {
        var state = Created(new ObjectId(1));
        Assert.Equal(Id, state.Id);
        Assert.Equal("lamp", state.Name);
        Assert.Equal(Owner, state.Owner);
        Assert.Equal(new[] { new ObjectId(1) }, state.Parents);
        Assert.Equal(SpecialObjects.Nothing, state.Location);
        Assert.Equal(1, state.Version);
        Assert.False(state.Recycled);
    }

    [Fact]
    public void Every_applied_event_raises_the_version_by_one()
    {
        var state = ObjectEvents.ApplyAll(null, [new ObjectCreated(Id, "lamp", Owner, []), new ObjectRenamed("Lamp"), new OwnerChanged(Id)]);
        Assert.Equal(3, state.Version);
    }

    [Fact]
    public void Any_event_before_creation_is_refused() =>
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(null, new ObjectRenamed("x")));

    [Fact]
    public void A_second_creation_is_refused() =>
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(Created(), new ObjectCreated(Id, "again", Owner, [])));

    [Fact]
    public void Identity_events_replace_name_aliases_owner_and_flags()
    {
        var state = ObjectEvents.ApplyAll(Created(),
        [
            new ObjectRenamed("brass lamp"),
            new AliasesSet(["lamp", "light"]),
            new OwnerChanged(Id),
            new FlagsChanged(ObjectFlags.Fertile | ObjectFlags.Read),
        ]);
        Assert.Equal("brass lamp", state.Name);
        Assert.Equal(new[] { "lamp", "light" }, state.Aliases);
        Assert.Equal(Id, state.Owner);
        Assert.Equal(ObjectFlags.Fertile | ObjectFlags.Read, state.Flags);
    }

    [Fact]
    public void Contents_keep_arrival_order_and_refuse_duplicates_and_strangers()
    {
        var state = ObjectEvents.ApplyAll(Created(), [new ContentAdded(new(20)), new ContentAdded(new(21)), new ContentRemoved(new(20))]);
        Assert.Equal(new[] { new ObjectId(21) }, state.Contents);
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(state, new ContentAdded(new(21))));
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(state, new ContentRemoved(new(99))));
    }

    [Fact]
    public void Children_are_added_and_removed_like_contents()
    {
        var state = ObjectEvents.ApplyAll(Created(), [new ChildAdded(new(30)), new ChildAdded(new(31)), new ChildRemoved(new(30))]);
        Assert.Equal(new[] { new ObjectId(31) }, state.Children);
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(state, new ChildRemoved(new(30))));
    }

    [Fact]
    public void Location_and_parents_are_replaced()
    {
        var state = ObjectEvents.ApplyAll(Created(new ObjectId(1)), [new LocationChanged(new(5)), new ParentsChanged([new(3), new(4)])]);
        Assert.Equal(new ObjectId(5), state.Location);
        Assert.Equal(new[] { new ObjectId(3), new ObjectId(4) }, state.Parents);
    }

    [Fact]
    public void Setting_a_defined_property_changes_the_definition_value()
    {
        var state = ObjectEvents.ApplyAll(Created(),
            [new PropertyAdded(new PropertyDefinition("color", "red", Owner, PropertyPermissions.Read)), new PropertyValueSet("COLOR", "blue")]);
        Assert.Equal(MooValue.String("blue"), state.FindDefinedProperty("color")!.Value);
        Assert.Empty(state.Overrides);
    }

    [Fact]
    public void Setting_an_inherited_property_stores_an_override_and_clearing_removes_it()
    {
        var set = ObjectEvents.Apply(Created(), new PropertyValueSet("color", "green"));
        Assert.Equal(MooValue.String("green"), set.FindOverride("Color")!.Value);
        var reset = ObjectEvents.Apply(set, new PropertyValueSet("color", "blue"));
        Assert.Single(reset.Overrides);
        var cleared = ObjectEvents.Apply(reset, new PropertyCleared("COLOR"));
        Assert.Empty(cleared.Overrides);
    }

    [Fact]
    public void Adding_a_property_twice_is_refused() =>
        Assert.Throws<ObjectEventException>(() => ObjectEvents.ApplyAll(Created(),
        [
            new PropertyAdded(new PropertyDefinition("color", 1L, Owner, PropertyPermissions.None)),
            new PropertyAdded(new PropertyDefinition("Color", 2L, Owner, PropertyPermissions.None)),
        ]));

    [Fact]
    public void Adding_a_property_drops_a_leftover_override_of_the_same_name()
    {
        var state = ObjectEvents.ApplyAll(Created(),
            [new PropertyValueSet("color", "stale"), new PropertyAdded(new PropertyDefinition("color", "fresh", Owner, PropertyPermissions.None))]);
        Assert.Empty(state.Overrides);
        Assert.Equal(MooValue.String("fresh"), state.FindDefinedProperty("color")!.Value);
    }

    [Fact]
    public void Property_info_changes_owner_bits_and_name()
    {
        var state = ObjectEvents.ApplyAll(Created(),
        [
            new PropertyAdded(new PropertyDefinition("color", "red", Owner, PropertyPermissions.Read)),
            new PropertyInfoChanged("color", "colour", Id, PropertyPermissions.Read | PropertyPermissions.Chown),
        ]);
        Assert.Null(state.FindDefinedProperty("color"));
        var renamed = state.FindDefinedProperty("colour")!;
        Assert.Equal(Id, renamed.Owner);
        Assert.Equal(PropertyPermissions.Read | PropertyPermissions.Chown, renamed.Permissions);
        Assert.Equal(MooValue.String("red"), renamed.Value);
    }

    [Fact]
    public void An_override_follows_its_property_to_a_new_name()
    {
        var state = ObjectEvents.ApplyAll(Created(), [new PropertyValueSet("color", "red"), new PropertyOverrideRenamed("color", "colour")]);
        Assert.Equal(MooValue.String("red"), state.FindOverride("colour")!.Value);
    }

    [Fact]
    public void Deleting_a_property_removes_its_definition_and_refuses_unknown_names()
    {
        var state = ObjectEvents.ApplyAll(Created(),
            [new PropertyAdded(new PropertyDefinition("color", "red", Owner, PropertyPermissions.Read)), new PropertyDeleted("color")]);
        Assert.Empty(state.Properties);
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(state, new PropertyDeleted("color")));
    }

    [Fact]
    public void Adding_a_verb_advances_the_next_verb_id_past_it()
    {
        var state = ObjectEvents.Apply(Created(), new VerbAdded(Verb(5)));
        Assert.Equal(6, state.NextVerbId);
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(state, new VerbAdded(Verb(5))));
    }

    [Fact]
    public void Programming_a_verb_replaces_its_code_and_bumps_its_version()
    {
        var state = ObjectEvents.ApplyAll(Created(), [new VerbAdded(Verb()), new VerbCodeSet(1, "return 1"), new VerbCodeSet(1, "return 2")]);
        var verb = state.FindVerb(1)!;
        Assert.Equal("return 2", verb.Code);
        Assert.Equal(3, verb.Version);
    }

    [Fact]
    public void Verb_info_and_args_changes_leave_the_code_version_alone()
    {
        var spec = new VerbArgSpec(ObjectArgSpec.Any, Preposition.At, ObjectArgSpec.This);
        var state = ObjectEvents.ApplyAll(Created(),
            [new VerbAdded(Verb()), new VerbInfoChanged(1, "peer", Id, VerbPermissions.Execute), new VerbArgsChanged(1, spec)]);
        var verb = state.FindVerb(1)!;
        Assert.Equal("peer", verb.Names);
        Assert.Equal(Id, verb.Owner);
        Assert.Equal(VerbPermissions.Execute, verb.Permissions);
        Assert.Equal(spec, verb.ArgSpec);
        Assert.Equal(1, verb.Version);
    }

    [Fact]
    public void Deleted_verb_ids_are_not_reused()
    {
        var state = ObjectEvents.ApplyAll(Created(), [new VerbAdded(Verb()), new VerbDeleted(1)]);
        Assert.Empty(state.Verbs);
        Assert.Equal(2, state.NextVerbId);
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(state, new VerbCodeSet(1, "")));
    }

    [Fact]
    public void Recycling_leaves_a_tombstone_without_links_that_accepts_no_more_events()
    {
        var state = ObjectEvents.ApplyAll(Created(new ObjectId(1)),
            [new LocationChanged(new(5)), new ContentAdded(new(8)), new ChildAdded(new(9)), new ObjectRecycled()]);
        Assert.True(state.Recycled);
        Assert.False(state.IsValid);
        Assert.Empty(state.Contents);
        Assert.Empty(state.Children);
        Assert.Empty(state.Parents);
        Assert.Equal(SpecialObjects.Nothing, state.Location);
        Assert.Equal("lamp", state.Name);
        Assert.Throws<ObjectEventException>(() => ObjectEvents.Apply(state, new ObjectRenamed("ghost")));
    }
}
