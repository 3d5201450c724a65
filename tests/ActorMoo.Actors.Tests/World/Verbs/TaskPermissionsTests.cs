using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary><c>set_task_perms</c>: a verb continuing with another player's permissions, as the starter core's commands do.</summary>
public sealed class TaskPermissionsTests : VerbTestKit
{
    [Fact]
    public async Task Wizard_owned_verb_must_be_refused_what_the_player_may_not_do_after_taking_the_player_s_permissions()
    {
        var lamp = await CreateAsync("Lamp", Wizard);
        await AddVerbAsync(Hall, "rename", "set_task_perms(player) args[1].name = 'Mine'", Wizard);

        var message = await CallFailingAsync(Alice, Hall, "rename", lamp);

        Assert.Contains("Permission denied: you don't own", message, StringComparison.Ordinal);
        Assert.Equal("Lamp", (await CommittedAsync(lamp)).Name);
    }

    [Fact]
    public async Task Objects_created_after_taking_the_player_s_permissions_must_belong_to_the_player()
    {
        await ApplyAsync(Hall, new FlagsChanged(ObjectFlags.Fertile));
        await AddVerbAsync(Kitchen, "make", "set_task_perms(player) return create(args[1])", Wizard);

        var made = await CallCommittedAsync(Alice, Kitchen, "make", Hall);

        Assert.Equal(Alice, (await CommittedAsync(made.AsObject())).Owner);
    }

    [Fact]
    public async Task Non_wizard_verb_must_not_take_someone_else_s_permissions()
    {
        await AddVerbAsync(Hall, "steal", "set_task_perms(args[1])", Alice);

        var message = await CallFailingAsync(Bob, Hall, "steal", Wizard);

        Assert.Contains("only a wizard may take another player's permissions", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permissions_taken_must_end_with_the_verb_that_took_them()
    {
        var lamp = await CreateAsync("Lamp", Wizard);
        await AddVerbAsync(Hall, "drop_perms", "set_task_perms(player)", Wizard);
        await AddVerbAsync(Hall, "rename", "this:drop_perms() args[1].name = 'Renamed'", Wizard);

        await CallCommittedAsync(Alice, Hall, "rename", lamp);

        Assert.Equal("Renamed", (await CommittedAsync(lamp)).Name);
    }

    [Fact]
    public async Task Toobj_must_name_an_object_by_its_number()
    {
        await AddVerbAsync(Hall, "name_of", "return toobj(args[1]).name", Alice);

        Assert.Equal(MooValue.String("Kitchen"), await CallCommittedAsync(Alice, Hall, "name_of", MooValue.Integer(Kitchen.Value)));
    }
}
