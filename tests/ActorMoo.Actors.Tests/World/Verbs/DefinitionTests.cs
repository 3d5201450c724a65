using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>Builder functions: listing and adding properties and verbs from Lua, under the world's rules.</summary>
public sealed class DefinitionTests : VerbTestKit
{
    [Fact]
    public async Task Owner_must_add_a_property_and_a_verb_then_program_and_call_it()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(Hall, "build", """
            local lamp = args[1]
            add_property(lamp, "brightness", 3, "rw")
            add_verb(lamp, "shine")
            set_verb_code(lamp, "shine", "return this.brightness * 2")
            return { lamp:shine(), properties(lamp), verbs(lamp) }
            """, Alice);

        var result = (await CallCommittedAsync(Alice, Hall, "build", lamp)).AsList();

        Assert.Equal(MooValue.Integer(6), result[0]);
        Assert.Equal(MooValue.List(MooValue.String("brightness")), result[1]);
        Assert.Equal(MooValue.List(MooValue.String("shine")), result[2]);
        var state = await CommittedAsync(lamp);
        Assert.Equal(PropertyPermissions.Read | PropertyPermissions.Write, state.FindDefinedProperty("brightness")!.Permissions);
        Assert.Equal(Alice, state.FindDefinedVerb("shine")!.Owner);
    }

    [Fact]
    public async Task Non_owner_must_not_add_a_property_to_another_owners_object()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(Hall, "graffiti", "add_property(args[1], 'tag', 'bob was here')", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "graffiti", lamp), StringComparison.Ordinal);
        Assert.Empty((await CommittedAsync(lamp)).Properties);
    }

    [Fact]
    public async Task Property_name_defined_by_an_ancestor_must_be_refused()
    {
        var generic = await CreateAsync("generic", Alice);
        await AddPropertyAsync(generic, "color", "red", Alice);
        var lamp = await CreateAsync("Lamp", Alice, generic);
        await AddVerbAsync(Hall, "recolor", "add_property(args[1], 'color', 'blue')", Alice);

        var message = await CallFailingAsync(Alice, Hall, "recolor", lamp);

        Assert.Contains("color", message, StringComparison.Ordinal);
        Assert.Empty((await CommittedAsync(lamp)).Properties);
    }

    [Fact]
    public async Task Clearing_an_override_must_make_the_child_inherit_again_and_deleting_must_remove_it_everywhere()
    {
        var generic = await CreateAsync("generic", Alice);
        await AddPropertyAsync(generic, "color", "red", Alice, PropertyPermissions.Read);
        var lamp = await CreateAsync("Lamp", Alice, generic);
        await AddVerbAsync(Hall, "recolor", """
            local lamp, generic = args[1], args[2]
            lamp.color = "blue"
            local overridden = lamp.color
            clear_property(lamp, "color")
            local inherited = lamp.color
            delete_property(generic, "color")
            return { overridden, inherited, properties(generic) }
            """, Alice);

        var result = (await CallCommittedAsync(Alice, Hall, "recolor", lamp, generic)).AsList();

        Assert.Equal(new[] { MooValue.String("blue"), MooValue.String("red"), MooValue.EmptyList }, result.ToArray());
        Assert.Empty((await CommittedAsync(lamp)).Overrides);
    }

    [Fact]
    public async Task Non_owner_must_not_delete_another_owners_verb()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "light", "return 'lit'", Alice);
        await AddVerbAsync(Hall, "vandalize", "delete_verb(args[1], 'light')", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "vandalize", lamp), StringComparison.Ordinal);
        Assert.NotNull((await CommittedAsync(lamp)).FindDefinedVerb("light"));
    }

    [Fact]
    public async Task Info_functions_must_describe_properties_and_verbs()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "color", "red", Alice, PropertyPermissions.Read | PropertyPermissions.Chown);
        await AddVerbAsync(lamp, "l*ight", "return 1", Alice);
        await AddVerbAsync(Hall, "inspect", "return { property_info(args[1], 'color'), verb_info(args[1], 'light') }", Bob);

        var result = (await CallCommittedAsync(Bob, Hall, "inspect", lamp)).AsList();

        Assert.Equal(MooValue.List(Alice, "rc"), result[0]);
        Assert.Equal(MooValue.List(Alice, "rx", "l*ight", "this none this"), result[1]);
    }
}
