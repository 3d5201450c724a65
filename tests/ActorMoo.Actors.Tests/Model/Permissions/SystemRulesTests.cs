using ActorMoo.Actors.Model;
using static ActorMoo.Actors.Tests.Support.Principals;

namespace ActorMoo.Actors.Tests.Model.Permissions;

public sealed class SystemRulesTests
{
    [Fact]
    public void A_player_may_boot_itself_and_a_wizard_anyone_but_nobody_else_may()
    {
        Allowed(SystemRules.CanBoot(Player, Player.Id));
        Allowed(SystemRules.CanBoot(Wizard, Player.Id));
        Denied(SystemRules.CanBoot(Stranger, Player.Id));
    }

    [Fact]
    public void Only_a_wizard_may_set_the_player_flag()
    {
        Allowed(SystemRules.CanSetPlayerFlag(Wizard, Thing()));
        Denied(SystemRules.CanSetPlayerFlag(Owner, Thing()));
    }
}
