using System.Text;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// A verb's help text lives in the world inside its code, as a leading Lua long comment tagged
/// <c>help</c> (<c>--[[help</c> newline, the text, <c>]]</c> newline, then the code), so that
/// <c>@list</c> shows it and the <c>help</c> verb reads it with <c>verb_code</c>. In files it is
/// the <c>.help.md</c> beside the <c>.lua</c>. Joining and splitting are exact inverses.
/// </summary>
public static class VerbHelp
{
    /// <summary>The code stored in the world for a verb with <paramref name="help"/> text (null: none) and <paramref name="source"/>.</summary>
    public static string Join(string? help, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (help is null) return source;
        // The shortest level whose closing bracket first occurs right after the text keeps the text
        // verbatim (Lua, like Split, ends the comment at the first closing bracket).
        var level = 0;
        while ((help + Close(level)).IndexOf(Close(level), StringComparison.Ordinal) != help.Length) level++;
        return $"--[{new string('=', level)}[help\n{help}{Close(level)}\n{source}";
    }

    /// <summary>Splits code into its help text (null when it has none) and the rest.</summary>
    public static (string? Help, string Source) Split(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!code.StartsWith("--[", StringComparison.Ordinal)) return (null, code);
        var level = 0;
        while (3 + level < code.Length && code[3 + level] == '=') level++;
        var open = $"--[{new string('=', level)}[help\n";
        if (!code.StartsWith(open, StringComparison.Ordinal)) return (null, code);
        var close = Close(level) + "\n";
        var end = code.IndexOf(Close(level), open.Length, StringComparison.Ordinal);
        if (end < 0 || !code.AsSpan(end).StartsWith(close, StringComparison.Ordinal)) return (null, code);
        return (code[open.Length..end], code[(end + close.Length)..]);
    }

    private static string Close(int level) => new StringBuilder().Append(']').Append('=', level).Append(']').ToString();
}
