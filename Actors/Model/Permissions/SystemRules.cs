using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Rules for the server-level operations verbs may ask for: disconnecting players and making
/// objects players. (The <c>$</c>-object registry is #0's properties, under the property rules.)
/// </summary>
public static class SystemRules
{
    /// <summary>boot_player(player): a wizard, or the player itself (LambdaMOO: <c>progr == player</c>), e.g. for <c>@quit</c>.</summary>
    public static PermissionCheck CanBoot(Principal who, ObjectId player) =>
        PermissionCheck.Require(who.IsWizard || who.Id == player, $"only a wizard or {player} itself can disconnect {player}.");

    /// <summary>set_player_flag(obj, value): wizards only (the same rule as assigning <c>obj.player</c>).</summary>
    public static PermissionCheck CanSetPlayerFlag(Principal who, ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return PermissionCheck.Require(who.IsWizard, $"only a wizard can make {obj.Describe()} a player or not.");
    }
}
