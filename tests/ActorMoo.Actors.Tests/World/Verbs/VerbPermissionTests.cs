using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary>Permissions are enforced by the world with the running verb's owner's rights, whatever the verb code claims.</summary>
public sealed class VerbPermissionTests : VerbTestKit
{
    [Fact]
    public async Task Non_owner_must_not_write_another_owners_property()
    {
        var diary = await CreateAsync("Diary", Alice);
        await AddPropertyAsync(diary, "secret", "mine", Alice, PropertyPermissions.Read);
        await AddVerbAsync(Hall, "scribble", "args[1].secret = 'defaced'", Bob);

        var message = await CallFailingAsync(Bob, Hall, "scribble", diary);

        Assert.Contains("Permission denied", message, StringComparison.Ordinal);
        Assert.Equal(MooValue.String("mine"), (await CommittedAsync(diary)).FindDefinedProperty("secret")!.Value);
    }

    [Fact]
    public async Task Non_owner_must_not_read_an_unreadable_property()
    {
        var diary = await CreateAsync("Diary", Alice);
        await AddPropertyAsync(diary, "secret", "mine", Alice, PropertyPermissions.None);
        await AddVerbAsync(Hall, "peek", "return args[1].secret", Bob);

        var message = await CallFailingAsync(Bob, Hall, "peek", diary);

        Assert.StartsWith($"{Hall}:peek:1: Permission denied", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Denial_must_be_catchable_by_the_verb_and_leave_its_other_work_intact()
    {
        var diary = await CreateAsync("Diary", Alice);
        await AddPropertyAsync(diary, "secret", "mine", Alice, PropertyPermissions.Read);
        await AddPropertyAsync(Hall, "attempts", 0, Bob, PropertyPermissions.Read);
        await AddVerbAsync(Hall, "try", "this.attempts = this.attempts + 1\nlocal ok, err = pcall(function() args[1].secret = 'x' end)\nreturn err", Bob);

        var error = await CallCommittedAsync(Bob, Hall, "try", diary);

        Assert.StartsWith("#", error.AsString(), StringComparison.Ordinal);
        Assert.Contains("Permission denied", error.AsString(), StringComparison.Ordinal);
        Assert.Equal(MooValue.Integer(1), (await CommittedAsync(Hall)).FindDefinedProperty("attempts")!.Value);
    }

    [Fact]
    public async Task Non_owner_must_not_program_another_owners_verb()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "light", "return 'lit'", Alice);
        await AddVerbAsync(Hall, "hack", "set_verb_code(args[1], 'light', 'return \"hacked\"')", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "hack", lamp), StringComparison.Ordinal);
        Assert.Equal("return 'lit'", (await CommittedAsync(lamp)).FindDefinedVerb("light")!.Code);
    }

    [Fact]
    public async Task Owner_must_be_able_to_program_their_own_verb()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "light", "return 'lit'", Alice);
        await AddVerbAsync(Hall, "reprogram", "set_verb_code(args[1], 'light', 'return \"bright\"')\nreturn args[1]:light()", Alice);

        Assert.Equal(MooValue.String("bright"), await CallCommittedAsync(Alice, Hall, "reprogram", lamp));
    }

    [Fact]
    public async Task Verb_must_run_with_its_owners_rights_not_the_players()
    {
        var vault = await CreateAsync("Vault", Wizard);
        await AddPropertyAsync(vault, "gold", 0, Wizard, PropertyPermissions.Read);
        await AddVerbAsync(vault, "deposit", "this.gold = this.gold + args[1]", Wizard);
        await AddVerbAsync(Hall, "pay", "args[1]:deposit(5)", Bob);
        await AddVerbAsync(Hall, "steal", "args[1].gold = 1000", Bob);

        await CallCommittedAsync(Bob, Hall, "pay", vault);
        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "steal", vault), StringComparison.Ordinal);

        Assert.Equal(MooValue.Integer(5), (await CommittedAsync(vault)).FindDefinedProperty("gold")!.Value);
    }

    [Fact]
    public async Task Caller_and_player_must_not_be_forgeable_by_verb_code()
    {
        var vault = await CreateAsync("Vault", Wizard);
        await AddPropertyAsync(vault, "gold", 0, Wizard, PropertyPermissions.Read);
        await AddVerbAsync(vault, "whoami", "return { caller, player }", Wizard);
        await AddVerbAsync(Hall, "forge", "player = args[2]\ncaller = args[2]\nlocal seen = args[1]:whoami()\nlocal ok = pcall(function() args[1].gold = 1 end)\nreturn { seen[1], seen[2], ok }", Bob);

        var result = (await CallCommittedAsync(Bob, Hall, "forge", vault, Wizard)).AsList();

        Assert.Equal(MooValue.Object(Hall), result[0]);
        Assert.Equal(MooValue.Object(Bob), result[1]);
        Assert.Equal(MooValue.False, result[2]);
    }

    [Fact]
    public async Task Non_owner_must_not_create_a_child_of_a_non_fertile_object()
    {
        var generic = await CreateAsync("generic thing", Alice);
        await AddVerbAsync(Hall, "spawn", "return create(args[1])", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "spawn", generic), StringComparison.Ordinal);
        Assert.Empty((await CommittedAsync(generic)).Children);
    }

    [Fact]
    public async Task Non_owner_must_not_move_another_owners_object()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await MoveAsync(lamp, Hall);
        await AddVerbAsync(Kitchen, "grab", "move(args[1], this)", Bob);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Kitchen, "grab", lamp), StringComparison.Ordinal);
        Assert.Equal(Hall, (await CommittedAsync(lamp)).Location);
    }

    [Fact]
    public async Task Caller_must_get_its_own_rights_back_after_a_nested_verb_raised()
    {
        var vault = await CreateAsync("Vault", Wizard);
        await AddPropertyAsync(vault, "gold", 0, Wizard, PropertyPermissions.Read);
        await AddVerbAsync(vault, "fail", "error('wizard verb failed')", Wizard);
        await AddVerbAsync(Hall, "trick", "pcall(function() args[1]:fail() end)\nargs[1].gold = 1000", Bob);
        await AddVerbAsync(Hall, "bobfail", "error('bob verb failed')", Bob);
        await AddVerbAsync(vault, "audit", "pcall(function() args[1]:bobfail() end)\nthis.gold = 7", Wizard);

        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "trick", vault), StringComparison.Ordinal);
        await CallCommittedAsync(Bob, vault, "audit", Hall);

        Assert.Equal(MooValue.Integer(7), (await CommittedAsync(vault)).FindDefinedProperty("gold")!.Value);
    }
}
