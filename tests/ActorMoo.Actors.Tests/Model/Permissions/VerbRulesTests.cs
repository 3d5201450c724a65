using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.Tests.Support.Principals;

namespace ActorMoo.Actors.Tests.Model.Permissions;

public sealed class VerbRulesTests
{
    private static readonly ObjectId Definer = new(20);

    private static VerbDefinition Verb(VerbPermissions permissions) =>
        new(1, "l*ook", Owner.Id, permissions, VerbArgSpec.NoneNoneNone, "return 1", 1);

    [Fact]
    public void Anyone_may_read_a_verb_with_the_r_bit() => Allowed(VerbRules.CanRead(Stranger, Definer, Verb(VerbPermissions.Read)));

    [Fact]
    public void A_stranger_may_not_read_an_unreadable_verb()
    {
        var check = VerbRules.CanRead(Stranger, Definer, Verb(VerbPermissions.None));
        Denied(check);
        Assert.Equal("Permission denied: you can't read #20:l*ook.", check.Denial!.Message);
    }

    [Fact]
    public void The_owner_and_wizards_may_read_any_verb()
    {
        Allowed(VerbRules.CanRead(Owner, Definer, Verb(VerbPermissions.None)));
        Allowed(VerbRules.CanRead(Wizard, Definer, Verb(VerbPermissions.None)));
    }

    [Fact]
    public void A_stranger_may_not_program_another_players_verb() =>
        Denied(VerbRules.CanProgram(Stranger, Definer, Verb(VerbPermissions.Read | VerbPermissions.Execute)));

    [Fact]
    public void The_owner_may_program_his_verb() => Allowed(VerbRules.CanProgram(Owner, Definer, Verb(VerbPermissions.None)));

    [Fact]
    public void A_programmer_may_program_a_verb_with_the_w_bit() => Allowed(VerbRules.CanProgram(Stranger, Definer, Verb(VerbPermissions.Write)));

    [Fact]
    public void A_non_programmer_may_not_program_even_his_own_verb()
    {
        var own = Verb(VerbPermissions.None) with { Owner = Player.Id };
        Denied(VerbRules.CanProgram(Player, Definer, own));
    }

    [Fact]
    public void A_wizard_may_program_any_verb() => Allowed(VerbRules.CanProgram(Wizard, Definer, Verb(VerbPermissions.None)));

    [Fact]
    public void Only_programmers_may_evaluate_code()
    {
        Allowed(VerbRules.CanEvaluate(Stranger));
        Denied(VerbRules.CanEvaluate(Player));
    }

    [Fact]
    public void The_w_bit_allows_changing_args_and_info_but_not_the_owner()
    {
        Allowed(VerbRules.CanWrite(Stranger, Definer, Verb(VerbPermissions.Write)));
        Allowed(VerbRules.CanChangeInfo(Stranger, Definer, Verb(VerbPermissions.Write), Owner.Id));
        Denied(VerbRules.CanChangeInfo(Stranger, Definer, Verb(VerbPermissions.Write), Stranger.Id));
    }

    [Fact]
    public void Only_a_wizard_may_give_a_verb_away()
    {
        Denied(VerbRules.CanChangeInfo(Owner, Definer, Verb(VerbPermissions.None), Stranger.Id));
        Allowed(VerbRules.CanChangeInfo(Wizard, Definer, Verb(VerbPermissions.None), Stranger.Id));
    }

    [Fact]
    public void A_verb_without_the_x_bit_cannot_be_called_from_code()
    {
        Allowed(VerbRules.CanExecute(Definer, Verb(VerbPermissions.Execute)));
        var check = VerbRules.CanExecute(Definer, Verb(VerbPermissions.Read));
        Denied(check);
        Assert.Contains("is not executable", check.Denial!.Message);
    }

    [Fact]
    public void Adding_a_verb_needs_a_writable_or_owned_object_and_an_own_verb()
    {
        Allowed(VerbRules.CanAdd(Owner, Thing(), Owner.Id));
        Denied(VerbRules.CanAdd(Stranger, Thing(), Stranger.Id));
        Allowed(VerbRules.CanAdd(Stranger, Thing(ObjectFlags.Write), Stranger.Id));
        Denied(VerbRules.CanAdd(Owner, Thing(), Stranger.Id));
    }

    [Fact]
    public void Deleting_a_verb_needs_a_writable_or_owned_object()
    {
        Allowed(VerbRules.CanDelete(Owner, Thing()));
        Denied(VerbRules.CanDelete(Stranger, Thing()));
    }
}
