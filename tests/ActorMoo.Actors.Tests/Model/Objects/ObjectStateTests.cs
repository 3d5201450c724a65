using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Objects;

public sealed class ObjectStateTests
{
    private static ObjectState Lamp() => new()
    {
        Id = new(7),
        Name = "brass lamp",
        Owner = new(2),
        Aliases = ["lamp", "light"],
        Properties = [new PropertyDefinition("Color", "red", new(2), PropertyPermissions.Read)],
        Verbs = [new VerbDefinition(1, "l*ook", new(2), VerbPermissions.Read, VerbArgSpec.NoneNoneNone, "", 1)],
    };

    [Fact]
    public void States_with_equal_content_are_equal_even_with_distinct_collections()
    {
        Assert.Equal(Lamp(), Lamp());
        Assert.Equal(Lamp().GetHashCode(), Lamp().GetHashCode());
    }

    [Fact]
    public void A_difference_in_any_collection_makes_states_unequal()
    {
        Assert.NotEqual(Lamp(), Lamp() with { Aliases = ["lamp"] });
        Assert.NotEqual(Lamp(), Lamp() with { Contents = [new(9)] });
        Assert.NotEqual(Lamp(), Lamp() with { Overrides = [new PropertyOverride("x", 1L)] });
    }

    [Fact]
    public void Properties_and_verbs_are_found_by_name_ignoring_case()
    {
        Assert.NotNull(Lamp().FindDefinedProperty("COLOR"));
        Assert.Null(Lamp().FindDefinedProperty("size"));
        Assert.Equal(1, Lamp().FindDefinedVerb("lo")!.Id);
        Assert.Null(Lamp().FindDefinedVerb("looks"));
    }

    [Fact]
    public void An_object_is_called_by_its_name_or_any_alias() =>
        Assert.True(Lamp().IsCalled("LIGHT") && Lamp().IsCalled("Brass Lamp") && !Lamp().IsCalled("brass"));

    [Fact]
    public void Flags_are_tested_bit_by_bit()
    {
        var state = Lamp() with { Flags = ObjectFlags.Read | ObjectFlags.Fertile };
        Assert.True(state.Has(ObjectFlags.Fertile));
        Assert.False(state.Has(ObjectFlags.Fertile | ObjectFlags.Write));
    }

    [Fact]
    public void An_object_describes_itself_by_number_and_name() =>
        Assert.Equal("#7 (brass lamp)", Lamp().Describe());
}
