using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Parsing;

/// <summary>
/// Finds the verb a typed command runs, as LambdaMOO's <c>do_command</c> does: match the direct
/// and indirect object phrases, then look for a verb named like the command's verb whose argument
/// spec fits, on the player, then the player's location, then the direct object, then the indirect
/// object (each with its ancestors); failing that, the location's callable <c>huh</c> verb.
/// </summary>
public static class CommandResolver
{
    /// <summary>The name of the fallback verb on rooms.</summary>
    public const string HuhVerb = "huh";

    /// <summary>Parses and resolves <paramref name="line"/>; null when the line holds no word.</summary>
    public static async ValueTask<CommandResolution?> ResolveAsync(
        IObjectLookup lookup, ObjectState player, string line, CancellationToken cancellationToken = default)
    {
        var command = CommandParser.Parse(line);
        return command is null ? null : await ResolveAsync(lookup, player, command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Resolves an already parsed command for <paramref name="player"/>.</summary>
    public static async ValueTask<CommandResolution> ResolveAsync(
        IObjectLookup lookup, ObjectState player, ParsedCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(player);
        ArgumentNullException.ThrowIfNull(command);
        var dobj = await ObjectMatcher.MatchAsync(lookup, player, command.Dobjstr, cancellationToken).ConfigureAwait(false);
        var iobj = command.Prep == Preposition.None
            ? ObjectMatch.Nothing
            : await ObjectMatcher.MatchAsync(lookup, player, command.Iobjstr, cancellationToken).ConfigureAwait(false);

        ObjectId[] candidates = [player.Id, player.Location, dobj.Id, iobj.Id];
        for (var i = 0; i < candidates.Length; i++)
        {
            var candidate = candidates[i];
            // An object asked again (the room named as the direct object, the player as the
            // indirect one) gives the same answer with the same matched objects: none.
            if (Array.IndexOf(candidates, candidate, 0, i) >= 0) continue;
            var target = candidate == player.Id ? player : await lookup.FindValidAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (target is null || !target.IsValid) continue;
            var verb = await VerbLookup.FindCommandAsync(lookup, target, command.Verb, dobj.Id, command.Prep, iobj.Id, cancellationToken).ConfigureAwait(false);
            if (verb is not null) return new(player.Id, command, dobj, iobj, CommandOutcome.Verb, verb);
        }

        var room = await lookup.FindValidAsync(player.Location, cancellationToken).ConfigureAwait(false);
        var huh = room is null ? null : await VerbLookup.FindCallableAsync(lookup, room, HuhVerb, cancellationToken).ConfigureAwait(false);
        return huh is null
            ? new(player.Id, command, dobj, iobj, CommandOutcome.NotUnderstood, null)
            : new(player.Id, command, dobj, iobj, CommandOutcome.Huh, huh);
    }
}
