using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>The info setters (<c>set_property_info</c>, <c>set_verb_info</c>, <c>set_verb_args</c>) and <c>verb_args</c>, under LambdaMOO's rules.</summary>
public sealed class InfoTests : VerbTestKit
{
    [Fact]
    public async Task Owner_must_change_a_property_s_bits_and_rename_it_with_descendants_values_following()
    {
        var generic = await CreateAsync("generic lamp", Alice);
        await AddPropertyAsync(generic, "color", "red", Alice);
        var lamp = await CreateAsync("Lamp", Alice, generic);
        await ApplyAsync(lamp, new PropertyValueSet("color", "blue"));
        await AddVerbAsync(Hall, "retag", """
            set_property_info(args[1], "color", { perms = "rw", name = "hue" })
            return { property_info(args[1], "hue"), args[2].hue }
            """, Alice);

        var result = (await CallCommittedAsync(Alice, Hall, "retag", generic, lamp)).AsList();

        Assert.Equal(MooValue.List(Alice, "rw"), result[0]);
        Assert.Equal(MooValue.String("blue"), result[1]);
        Assert.Null((await CommittedAsync(generic)).FindDefinedProperty("color"));
        Assert.NotNull((await CommittedAsync(lamp)).FindOverride("hue"));
    }

    [Fact]
    public async Task Property_info_must_round_trip_through_set_property_info_in_LambdaMOO_s_list_form()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "color", "red", Alice, PropertyPermissions.Read | PropertyPermissions.Chown);
        await AddVerbAsync(Hall, "copy", "set_property_info(args[1], 'color', property_info(args[1], 'color'))", Alice);

        await CallCommittedAsync(Alice, Hall, "copy", lamp);

        var property = (await CommittedAsync(lamp)).FindDefinedProperty("color")!;
        Assert.Equal((Alice, PropertyPermissions.Read | PropertyPermissions.Chown), (property.Owner, property.Permissions));
    }

    [Fact]
    public async Task Owner_must_not_give_a_property_away()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "color", "red", Alice);
        await AddVerbAsync(Hall, "gift", "set_property_info(args[1], 'color', { owner = args[2] })", Alice);

        Assert.Contains("only a wizard", await CallFailingAsync(Alice, Hall, "gift", lamp, Bob), StringComparison.Ordinal);
        Assert.Equal(Alice, (await CommittedAsync(lamp)).FindDefinedProperty("color")!.Owner);
    }

    [Fact]
    public async Task Wizard_must_give_a_property_away()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "color", "red", Alice);
        await AddVerbAsync(Hall, "gift", "set_property_info(args[1], 'color', { owner = args[2] })", Wizard);

        await CallCommittedAsync(Alice, Hall, "gift", lamp, Bob);

        Assert.Equal(Bob, (await CommittedAsync(lamp)).FindDefinedProperty("color")!.Owner);
    }

    [Fact]
    public async Task Non_owner_must_not_change_an_unwritable_property_s_info()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "color", "red", Alice);
        await AddVerbAsync(Hall, "lock", "set_property_info(args[1], 'color', { perms = '' })", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "lock", lamp), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Info_of_an_inherited_property_must_be_changed_on_its_definer()
    {
        var generic = await CreateAsync("generic lamp", Alice);
        await AddPropertyAsync(generic, "color", "red", Alice);
        var lamp = await CreateAsync("Lamp", Alice, generic);
        await AddVerbAsync(Hall, "retag", "set_property_info(args[1], 'color', { perms = 'rw' })", Alice);

        Assert.Contains("change it there", await CallFailingAsync(Alice, Hall, "retag", lamp), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_property_onto_a_name_in_use_must_be_refused()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "color", "red", Alice);
        await AddPropertyAsync(lamp, "size", 3, Alice);
        await AddVerbAsync(Hall, "retag", "set_property_info(args[1], 'color', { name = 'size' })", Alice);

        Assert.Contains("already defined", await CallFailingAsync(Alice, Hall, "retag", lamp), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_info_keys_and_bad_letters_must_be_refused()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "color", "red", Alice);
        await AddVerbAsync(Hall, "typo", "set_property_info(args[1], 'color', { prems = 'rw' })", Alice);
        await AddVerbAsync(Hall, "letters", "set_property_info(args[1], 'color', { perms = 'rwx' })", Alice);

        Assert.Contains("unknown info key", await CallFailingAsync(Alice, Hall, "typo", lamp), StringComparison.Ordinal);
        Assert.Contains("Invalid property permissions", await CallFailingAsync(Alice, Hall, "letters", lamp), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owner_must_rename_a_verb_and_change_its_bits()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "light", "return 'lit'", Alice);
        await AddVerbAsync(Hall, "rework", """
            set_verb_info(args[1], "light", { names = "l*ight ignite", perms = "rxd" })
            return { verb_info(args[1], "ignite"), args[1]:ignite() }
            """, Alice);

        var result = (await CallCommittedAsync(Alice, Hall, "rework", lamp)).AsList();

        Assert.Equal(MooValue.List(Alice, "rxd", "l*ight ignite", "this none this"), result[0]);
        Assert.Equal(MooValue.String("lit"), result[1]);
    }

    [Fact]
    public async Task Only_a_wizard_must_give_a_verb_away()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "light", "return 'lit'", Alice);
        await AddVerbAsync(Hall, "gift", "set_verb_info(args[1], 'light', { args[2], 'rx', 'light' })", Alice);
        await AddVerbAsync(Kitchen, "gift", "set_verb_info(args[1], 'light', { args[2], 'rx', 'light' })", Wizard);

        Assert.Contains("only a wizard", await CallFailingAsync(Alice, Hall, "gift", lamp, Bob), StringComparison.Ordinal);
        await CallCommittedAsync(Alice, Kitchen, "gift", lamp, Bob);

        Assert.Equal(Bob, (await CommittedAsync(lamp)).FindDefinedVerb("light")!.Owner);
    }

    [Fact]
    public async Task Non_owner_must_not_change_another_owners_verb_info()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "light", "return 'lit'", Alice);
        await AddVerbAsync(Hall, "hide", "set_verb_info(args[1], 'light', { perms = '' })", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "hide", lamp), StringComparison.Ordinal);
        Assert.Equal(VerbPermissions.Read | VerbPermissions.Execute, (await CommittedAsync(lamp)).FindDefinedVerb("light")!.Permissions);
    }

    [Fact]
    public async Task Verb_args_must_read_and_set_the_argument_spec()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "put", "return 1", Alice);
        await AddVerbAsync(Hall, "respec", """
            local before = verb_args(args[1], "put")
            set_verb_args(args[1], "put", { "any", "in front of", "this" })
            local after = verb_args(args[1], "put")
            set_verb_args(args[1], "put", "this with any")
            return { before, after, verb_args(args[1], "put") }
            """, Alice);

        var result = (await CallCommittedAsync(Alice, Hall, "respec", lamp)).AsList();

        Assert.Equal(MooValue.List("this", "none", "this"), result[0]);
        Assert.Equal(MooValue.List("any", "in front of", "this"), result[1]);
        Assert.Equal(MooValue.List("this", "with/using", "any"), result[2]);
        Assert.Equal("this with/using any", (await CommittedAsync(lamp)).FindDefinedVerb("put")!.ArgSpec.ToString());
    }

    [Fact]
    public async Task Non_owner_must_not_change_the_args_of_a_verb_without_w()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "put", "return 1", Alice);
        await AddVerbAsync(Hall, "respec", "set_verb_args(args[1], 'put', { 'any', 'any', 'any' })", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "respec", lamp), StringComparison.Ordinal);
        Assert.Equal(VerbArgSpec.ThisNoneThis, (await CommittedAsync(lamp)).FindDefinedVerb("put")!.ArgSpec);
    }

    [Fact]
    public async Task An_invalid_argument_spec_must_be_refused()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "put", "return 1", Alice);
        await AddVerbAsync(Hall, "respec", "set_verb_args(args[1], 'put', { 'any', 'beyond', 'this' })", Alice);

        Assert.Contains("Invalid argument spec", await CallFailingAsync(Alice, Hall, "respec", lamp), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verb_functions_must_only_find_verbs_defined_on_the_object_itself()
    {
        var generic = await CreateAsync("generic lamp", Alice);
        await AddVerbAsync(generic, "light", "return 1", Alice);
        var lamp = await CreateAsync("Lamp", Alice, generic);
        await AddVerbAsync(Hall, "respec", "set_verb_args(args[1], 'light', 'any none none')", Alice);

        Assert.Contains("Verb not found", await CallFailingAsync(Alice, Hall, "respec", lamp), StringComparison.Ordinal);
    }
}
