using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Permissions;

public sealed class PermissionCheckTests
{
    [Fact]
    public void A_permission_denial_reads_as_a_sentence_for_the_player()
    {
        var check = PermissionCheck.PermissionDenied("you don't own #12 (Lamp).");
        Assert.False(check.IsAllowed);
        Assert.Equal("Permission denied: you don't own #12 (Lamp).", check.ToString());
    }

    [Fact]
    public void Then_runs_the_next_rule_only_after_an_allowance()
    {
        var ran = false;
        var denied = PermissionCheck.Invalid("no").Then(() => { ran = true; return PermissionCheck.Allowed; });
        Assert.False(ran);
        Assert.Equal(DenialKind.InvalidArgument, denied.Denial!.Kind);
        Assert.True(PermissionCheck.Allowed.Then(() => PermissionCheck.Allowed).IsAllowed);
    }

    [Fact]
    public void A_principal_takes_its_rights_from_the_objects_flags()
    {
        var wizard = Principal.Of(new ObjectState { Id = new(2), Name = "W", Owner = new(2), Flags = ObjectFlags.Wizard });
        var player = Principal.Of(new ObjectState { Id = new(3), Name = "P", Owner = new(3), Flags = ObjectFlags.Player });
        Assert.True(wizard.IsWizard && wizard.IsProgrammer);
        Assert.False(player.IsWizard || player.IsProgrammer);
        Assert.True(player.Controls(new ObjectState { Id = new(9), Name = "x", Owner = new ObjectId(3) }));
    }
}
