using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// Disconnect every connection of a player (MOO's <c>boot_player</c>, and what clearing the player
/// flag implies). Like output, it happens only when the task commits; the sessions layer carries it out.
/// </summary>
/// <param name="Player">The player to disconnect.</param>
public sealed record BootPlayerEffect(ObjectId Player) : TaskEffect;
