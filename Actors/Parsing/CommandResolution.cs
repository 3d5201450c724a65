using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Parsing;

/// <summary>How a command was resolved.</summary>
public enum CommandOutcome
{
    /// <summary>A verb was found on the player, the room, the direct or the indirect object.</summary>
    Verb,

    /// <summary>No verb fit; the room's <c>huh</c> verb is to run with the command's context.</summary>
    Huh,

    /// <summary>No verb fit and the room has no <c>huh</c>: tell the player <see cref="CommandResolution.NotUnderstoodMessage"/>.</summary>
    NotUnderstood,
}

/// <summary>
/// Everything a task needs to run a typed command: the parsed strings, the matched objects and the
/// verb to call — i.e. the verb's context variables <c>player</c>, <c>this</c>, <c>verb</c>,
/// <c>args</c>, <c>argstr</c>, <c>dobj</c>, <c>dobjstr</c>, <c>prepstr</c>, <c>iobj</c>, <c>iobjstr</c>.
/// </summary>
/// <param name="Player">Who typed the command.</param>
/// <param name="Command">The parsed command; <c>verb</c> is <see cref="ParsedCommand.Verb"/> even when <c>huh</c> runs.</param>
/// <param name="Dobj">The direct object match (its <see cref="ObjectMatch.Id"/> is <c>dobj</c>).</param>
/// <param name="Iobj">The indirect object match (its <see cref="ObjectMatch.Id"/> is <c>iobj</c>).</param>
/// <param name="Outcome">Whether a verb, <c>huh</c>, or nothing was found.</param>
/// <param name="Target">The verb to run and its <c>this</c>; null for <see cref="CommandOutcome.NotUnderstood"/>.</param>
public sealed record CommandResolution(
    ObjectId Player,
    ParsedCommand Command,
    ObjectMatch Dobj,
    ObjectMatch Iobj,
    CommandOutcome Outcome,
    ResolvedVerb? Target)
{
    /// <summary>LambdaMOO's answer when nothing, not even <c>huh</c>, takes the command.</summary>
    public const string NotUnderstoodMessage = "I couldn't understand that.";
}
