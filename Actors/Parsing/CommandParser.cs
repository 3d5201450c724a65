using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Parsing;

/// <summary>
/// LambdaMOO's command parsing (Programmer's Manual, "Command Parsing"; the server's
/// <c>parse_command</c>), without object matching:
/// <list type="number">
/// <item>leading spaces are dropped; a line starting with <c>"</c>, <c>:</c> or <c>;</c> becomes
/// <c>say</c>, <c>emote</c> or <c>eval</c> followed by the rest of the line;</item>
/// <item>the line is split into words (<see cref="CommandWords"/>); the first is the verb;</item>
/// <item>the first preposition among the remaining words, scanning from the left (multi-word
/// phrases included, see <see cref="PrepositionTable.FindFirst"/>), splits them into the direct
/// object string, the preposition and the indirect object string.</item>
/// </list>
/// One deliberate difference: after a shortcut LambdaMOO keeps the spaces that follow it in
/// <c>argstr</c> (<c>" hi</c> said <c>" hi"</c>); here they are dropped, so <c>"hi</c> and
/// <c>" hi</c> both say <c>hi</c>.
/// </summary>
public static class CommandParser
{
    /// <summary>Parses <paramref name="line"/>; null when it holds no word at all.</summary>
    public static ParsedCommand? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var command = line.TrimStart(' ');
        if (command.Length == 0) return null;

        string argstr;
        string text;
        if (Shortcut(command[0]) is { } verb)
        {
            argstr = command[1..].TrimStart(' ');
            text = verb + " " + argstr;
        }
        else
        {
            argstr = CommandWords.AfterFirstWord(command);
            text = command;
        }

        var words = CommandWords.Split(text);
        if (words.IsEmpty) return null;
        var args = words.RemoveAt(0);
        var (prep, first, last) = PrepositionTable.FindFirst(args);
        if (prep == Preposition.None)
            return new ParsedCommand(words[0], argstr, args, CommandWords.Join(args), Preposition.None, "", "");

        return new ParsedCommand(
            words[0],
            argstr,
            args,
            CommandWords.Join(args.Take(first)),
            prep,
            CommandWords.Join(args.Skip(first).Take(last - first + 1)),
            CommandWords.Join(args.Skip(last + 1)));
    }

    /// <summary>The verb a leading punctuation character stands for, or null.</summary>
    public static string? Shortcut(char c) => c switch
    {
        '"' => "say",
        ':' => "emote",
        ';' => "eval",
        _ => null,
    };
}
