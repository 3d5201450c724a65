using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Errors;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// What a player is told when their command's task did not commit, by role: a programmer (or wizard)
/// gets the script's error with its location and the verb frames, to fix the verb; anyone else a short
/// sentence naming the command, because object numbers, line numbers and Lua messages mean nothing to
/// them and may reveal how a verb works. An exceeded budget is told as such to everyone.
/// </summary>
public static class CommandFailure
{
    /// <summary>What a player who may not program is told when a verb failed.</summary>
    public const string PlayerSentence = "Something went wrong running that command";

    /// <summary>The chunk name of the world's Lua prelude (<c>WorldPrelude</c>), whose frames tracebacks leave out.</summary>
    private const string PreludeChunk = "world-prelude:";

    /// <summary>
    /// The text (plain, not markup) for the failed <paramref name="outcome"/> of <paramref name="line"/>
    /// typed by <paramref name="player"/>; reads the player's flags in a read-only task when the
    /// failure is a script error.
    /// </summary>
    public static async Task<string> DescribeAsync(WorldTasks tasks, ObjectId player, string line, TaskOutcome<MooValue> outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(outcome);
        // A refusal of the world (VerbError) and a task that could not be saved already read as sentences for players.
        if (outcome.Error is not VerbFailedException { Error: { } error })
            return outcome.Message ?? PlayerSentence + ".";
        var programmer = await IsProgrammerAsync(tasks, player, cancellationToken).ConfigureAwait(false);
        return programmer ? ForProgrammer(error) : ForPlayer(error, line);
    }

    /// <summary>The programmer's text: for a budget the short sentence first, then the error with its location and the traceback.</summary>
    public static string ForProgrammer(ScriptError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var lines = new List<string>();
        if (error.IsBudgetExceeded)
            lines.Add(error.PlayerMessage);
        lines.Add(error.Message);
        // The world's prelude (the object metatables behind obj.name = …) is the server's, not a verb the programmer can fix.
        var frames = error.Traceback.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(frame => !frame.StartsWith(PreludeChunk, StringComparison.Ordinal))
            .ToList();
        if (frames.Count > 0)
        {
            lines.Add("Traceback (innermost first):");
            lines.AddRange(frames.Select(frame => "  " + frame));
        }
        return string.Join('\n', lines);
    }

    /// <summary>Everyone else's text: the budget's sentence, or <see cref="PlayerSentence"/> with the command's verb.</summary>
    public static string ForPlayer(ScriptError error, string line)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.IsBudgetExceeded)
            return error.PlayerMessage;
        return CommandParser.Parse(line) is { Verb.Length: > 0 } command
            ? $"{PlayerSentence} ({command.Verb})."
            : PlayerSentence + ".";
    }

    /// <summary>True when the player has the programmer or wizard flag now; false when it cannot be read.</summary>
    private static async Task<bool> IsProgrammerAsync(WorldTasks tasks, ObjectId player, CancellationToken cancellationToken)
    {
        var outcome = await tasks.RunAsync(
            async (tx, ct) => await tx.FindValidAsync(player, ct).ConfigureAwait(false) is { } state && Principal.Of(state).IsProgrammer,
            cancellationToken).ConfigureAwait(false);
        return outcome is { IsCommitted: true, Value: true };
    }
}
