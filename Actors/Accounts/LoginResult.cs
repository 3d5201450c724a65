using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Accounts;

/// <summary>The answer to a login attempt on the login screen: a player to bind the session to, or a refusal to show.</summary>
/// <param name="Player">The player, when the login succeeded.</param>
/// <param name="Name">The player's name as stored (for the greeting), or empty.</param>
/// <param name="Error">The player-facing refusal, when it failed (never echoing the password).</param>
/// <param name="Created">True when the login created the player (LambdaMOO calls <c>user_created</c> instead of <c>user_connected</c>).</param>
public sealed record LoginResult(ObjectId? Player, string Name, string? Error, bool Created)
{
    /// <summary>True when a player was found or made.</summary>
    public bool Succeeded => Player is not null;

    /// <summary>A successful login.</summary>
    public static LoginResult Ok(ObjectId player, string name, bool created = false) => new(player, name, null, created);

    /// <summary>A refused login.</summary>
    public static LoginResult Fail(string error) => new(null, "", error, false);
}
