using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>Assigning built-in properties through handles: owner, flags, aliases and parents, each under its rule.</summary>
public sealed class BuiltinAssignmentTests : VerbTestKit
{
    [Fact]
    public async Task Only_a_wizard_must_change_an_owner()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(Hall, "give_away", "args[1].owner = args[2]", Alice);
        await AddVerbAsync(Kitchen, "give_away", "args[1].owner = args[2]", Wizard);

        Assert.Contains("only a wizard", await CallFailingAsync(Alice, Hall, "give_away", lamp, Bob), StringComparison.Ordinal);
        await CallCommittedAsync(Alice, Kitchen, "give_away", lamp, Bob);

        Assert.Equal(Bob, (await CommittedAsync(lamp)).Owner);
    }

    [Fact]
    public async Task Only_a_wizard_must_set_the_wizard_or_programmer_flags_while_owners_set_fertile()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(Hall, "promote", "args[1].wizard = true", Alice);
        await AddVerbAsync(Hall, "breed", "args[1].f = true\nreturn args[1].f", Alice);

        Assert.Contains("only a wizard", await CallFailingAsync(Alice, Hall, "promote", Alice), StringComparison.Ordinal);
        Assert.Equal(MooValue.True, await CallCommittedAsync(Alice, Hall, "breed", lamp));

        Assert.False((await CommittedAsync(Alice)).Has(ObjectFlags.Wizard));
        Assert.True((await CommittedAsync(lamp)).Has(ObjectFlags.Fertile));
    }

    [Fact]
    public async Task Owner_must_set_aliases_and_parents_but_not_make_a_cycle()
    {
        var generic = await CreateAsync("generic", Alice);
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(Hall, "shape", "args[1].aliases = {'light', 'lantern'}\nargs[1].parents = {args[2]}", Alice);
        await AddVerbAsync(Hall, "loop", "args[2].parents = {args[1]}", Alice);

        await CallCommittedAsync(Alice, Hall, "shape", lamp, generic);
        Assert.NotEmpty(await CallFailingAsync(Alice, Hall, "loop", lamp, generic));

        var state = await CommittedAsync(lamp);
        Assert.Equal(["light", "lantern"], state.Aliases.ToArray());
        Assert.Equal(generic, Assert.Single(state.Parents));
        Assert.Empty((await CommittedAsync(generic)).Parents);
    }

    [Fact]
    public async Task Location_must_not_be_assignable()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(Hall, "teleport", "args[1].location = this", Alice);

        Assert.Contains("use move()", await CallFailingAsync(Alice, Hall, "teleport", lamp), StringComparison.Ordinal);
    }
}
