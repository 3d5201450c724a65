using System.Text;

namespace ActorMoo.Actors.Sessions.Markup;

/// <summary>
/// Builds ActorMoo markup (docs/markup.md) safely. Whatever a player typed must go through
/// <see cref="Escape"/> before it is put into an <c>Output</c>: escaped text can never open a tag
/// and never carries a control character, so a player cannot colour, link or break other players'
/// screens. The edge renders the markup; this class only knows the syntax.
/// </summary>
public static class MarkupText
{
    /// <summary>The character that opens a tag; doubled it stands for itself.</summary>
    public const char TagOpen = '{';

    /// <summary>The character that closes a tag.</summary>
    public const char TagClose = '}';

    /// <summary>
    /// Makes <paramref name="text"/> display literally: every <c>{</c> is doubled and every control
    /// character (C0 except newline, DEL, C1) is removed. Newlines are kept: a player's multi-line
    /// text stays multi-line. Returns the same instance when nothing needs changing.
    /// </summary>
    /// <param name="text">Player-typed or otherwise untrusted text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (c == TagOpen)
            {
                builder.Append(TagOpen).Append(TagOpen);
            }
            else if (!IsControl(c) || c == '\n')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A link that runs <paramref name="command"/> when clicked (or shows it underlined where
    /// links cannot be clicked), labelled with <paramref name="label"/>. Both are untrusted-safe:
    /// the label is escaped, and braces and control characters are removed from the command
    /// because a tag's argument cannot contain them.
    /// </summary>
    /// <param name="command">The command to run, e.g. <c>look north</c>.</param>
    /// <param name="label">The visible text.</param>
    public static string Link(string command, string label)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(label);
        var builder = new StringBuilder(command.Length + label.Length + 16);
        builder.Append("{link=");
        foreach (char c in command)
        {
            if (c is not TagOpen and not TagClose && !IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.Append(TagClose).Append(Escape(label)).Append("{/link}").ToString();
    }

    /// <summary>
    /// Wraps already-valid markup <paramref name="content"/> in a style tag, e.g.
    /// <c>Styled("red", MarkupText.Escape(name))</c> gives <c>{red}…{/red}</c>.
    /// </summary>
    /// <param name="style">A style name from docs/markup.md (<c>b</c>, <c>red</c>, <c>#ff8800</c>, <c>bg=blue</c>…).</param>
    /// <param name="content">Markup to style; escape player text first.</param>
    public static string Styled(string style, string content)
    {
        ArgumentException.ThrowIfNullOrEmpty(style);
        ArgumentNullException.ThrowIfNull(content);
        return string.Concat("{", style, "}", content, "{/}");
    }

    /// <summary>
    /// True for characters that must never reach a terminal from text: C0 controls (including
    /// ESC, which starts ANSI sequences), DEL and the C1 controls (0x80–0x9F, e.g. the one-byte CSI).
    /// Newline and tab are controls too; callers decide whether to keep them.
    /// </summary>
    /// <param name="c">The character.</param>
    public static bool IsControl(char c) => c < ' ' || c is >= '\u007f' and <= '\u009f';

    /// <summary>The index of the first character <see cref="Escape"/> must change, or -1.</summary>
    private static int IndexOfUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == TagOpen || (IsControl(c) && c != '\n'))
            {
                return i;
            }
        }

        return -1;
    }
}
