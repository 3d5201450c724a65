using System.Buffers;

namespace ActorMoo.Net.Markup;

/// <summary>
/// Reads ActorMoo markup (docs/markup.md) and hands a sink styled text runs and line breaks.
/// Never throws on any input: unknown tags show literally, stray closing tags are dropped, open
/// tags end with the message, and control characters are removed (tab becomes a space, carriage
/// returns vanish, newline becomes <see cref="IMarkupSink.NewLine"/>).
/// </summary>
/// <remarks>
/// One instance per renderer, reused for every message: the tag stack is kept to avoid an
/// allocation per message. Not thread-safe.
/// </remarks>
public sealed class MarkupParser
{
    /// <summary>Where text runs stop: a tag may start, or a control character must go.</summary>
    private static readonly SearchValues<char> s_stops = SearchValues.Create(BuildStops());

    /// <summary>Where a tag's inside stops: its closing brace, or a character a tag cannot contain.</summary>
    private static readonly SearchValues<char> s_tagStops = SearchValues.Create(BuildStops() + "}");

    /// <summary>Open tags of the message being parsed: where the close name sits in the message, and the style before the tag.</summary>
    private readonly List<(int NameStart, int NameLength, MarkupStyle Before)> _open = [];

    /// <summary>Parses <paramref name="markup"/> into <paramref name="sink"/>.</summary>
    public void Parse(string markup, IMarkupSink sink)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(sink);
        _open.Clear();
        MarkupStyle style = MarkupStyle.Plain;
        ReadOnlySpan<char> all = markup;
        int position = 0;
        while (position < all.Length)
        {
            int stop = all[position..].IndexOfAny(s_stops);
            if (stop < 0)
            {
                sink.Text(all[position..], style);
                break;
            }

            if (stop > 0)
            {
                sink.Text(all.Slice(position, stop), style);
            }

            position += stop;
            char c = all[position];
            if (c != '{')
            {
                if (c == '\n')
                {
                    sink.NewLine();
                }
                else if (c == '\t')
                {
                    sink.Text(" ", style);
                }

                position++;
                continue;
            }

            position = ReadBrace(markup, position, ref style, sink);
        }

        _open.Clear();
    }

    /// <summary>Handles the <c>{</c> at <paramref name="at"/>; returns the position after what it consumed.</summary>
    private int ReadBrace(string markup, int at, ref MarkupStyle style, IMarkupSink sink)
    {
        ReadOnlySpan<char> rest = markup.AsSpan(at + 1);
        if (rest.Length > 0 && rest[0] == '{')
        {
            sink.Text("{", style);
            return at + 2;
        }

        // A tag cannot contain another brace or a control character; anything else is literal text.
        int end = rest.IndexOfAny(s_tagStops);
        if (end < 0 || rest[end] != '}')
        {
            sink.Text("{", style);
            return at + 1;
        }

        ReadOnlySpan<char> inner = rest[..end];
        if (inner.Length > 0 && inner[0] == '/')
        {
            Close(markup, at + 2, inner.Length - 1, ref style);
            return at + end + 2;
        }

        if (MarkupTags.TryApply(inner, style, out MarkupStyle next))
        {
            _open.Add((at + 1, MarkupTags.CloseName(inner).Length, style));
            style = next;
        }
        else
        {
            sink.Text(markup.AsSpan(at, end + 2), style);
        }

        return at + end + 2;
    }

    /// <summary>Closes the innermost tag (empty name) or the innermost tag with that name and everything inside it; ignores a close with no match.</summary>
    private void Close(string markup, int nameStart, int nameLength, ref MarkupStyle style)
    {
        ReadOnlySpan<char> name = markup.AsSpan(nameStart, nameLength);
        for (int i = _open.Count - 1; i >= 0; i--)
        {
            (int start, int length, MarkupStyle before) = _open[i];
            if (name.IsEmpty || markup.AsSpan(start, length).SequenceEqual(name))
            {
                style = before;
                _open.RemoveRange(i, _open.Count - i);
                return;
            }
        }
    }

    private static string BuildStops()
    {
        var stops = new System.Text.StringBuilder("{");
        for (char c = '\0'; c < ' '; c++)
        {
            stops.Append(c);
        }

        for (char c = '\u007f'; c <= '\u009f'; c++)
        {
            stops.Append(c);
        }

        return stops.ToString();
    }
}
