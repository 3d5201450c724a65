using System.Text;

namespace ActorMoo.Net.Markup;

/// <summary>
/// Renders markup as an HTML fragment for the web client: styled runs become
/// <c>&lt;span class="b i u fg-red bg-blue" style="color:#rrggbb"&gt;</c>, links become
/// <c>&lt;a class="cmd" data-cmd="…"&gt;</c>, and newlines stay newlines (the client shows the
/// fragment with <c>white-space: pre-wrap</c> and wraps it itself). Palette colours are classes so
/// that the page's theme decides their shade; exact colours are inline styles. All text and
/// attribute values are HTML-escaped.
/// </summary>
public sealed class HtmlRenderer : MarkupRenderer
{
    /// <summary>Class-name suffixes of the 16 palette colours, as markup names them (<c>fg-red</c>, <c>bg-bright-blue</c>).</summary>
    private static readonly string[] s_paletteNames =
    [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ];

    private StringBuilder _output = new();

    /// <summary>The style of the element open now (plain: none open).</summary>
    private MarkupStyle _open;

    /// <inheritdoc />
    public override void Text(ReadOnlySpan<char> text, in MarkupStyle style)
    {
        if (style != _open)
        {
            CloseElement();
            OpenElement(style);
        }

        AppendEscaped(text);
    }

    /// <inheritdoc />
    public override void NewLine() => _output.Append('\n');

    /// <inheritdoc />
    protected override void Begin(StringBuilder output, int width, string newLine)
    {
        _output = output;
        _open = MarkupStyle.Plain;
    }

    /// <inheritdoc />
    protected override void End() => CloseElement();

    private void OpenElement(in MarkupStyle style)
    {
        _open = style;
        if (style.IsPlain)
        {
            return;
        }

        if (style.LinkCommand is not null)
        {
            _output.Append("<a class=\"cmd");
        }
        else
        {
            _output.Append("<span class=\"");
        }

        AppendClass(style.Bold, "b");
        AppendClass(style.Italic, "i");
        AppendClass(style.Underline, "u");
        AppendPaletteClass(style.Foreground, "fg-");
        AppendPaletteClass(style.Background, "bg-");
        _output.Append('"');
        if (style.LinkCommand is not null)
        {
            _output.Append(" data-cmd=\"");
            AppendEscaped(style.LinkCommand);
            _output.Append('"');
        }

        bool exactForeground = style.Foreground.IsSet && !style.Foreground.IsPalette;
        bool exactBackground = style.Background.IsSet && !style.Background.IsPalette;
        if (exactForeground || exactBackground)
        {
            _output.Append(" style=\"");
            if (exactForeground)
            {
                _output.Append("color:").Append(style.Foreground.ToHex()).Append(';');
            }

            if (exactBackground)
            {
                _output.Append("background-color:").Append(style.Background.ToHex()).Append(';');
            }

            _output.Append('"');
        }

        _output.Append('>');
    }

    private void CloseElement()
    {
        if (!_open.IsPlain)
        {
            _output.Append(_open.LinkCommand is not null ? "</a>" : "</span>");
        }

        _open = MarkupStyle.Plain;
    }

    private void AppendClass(bool on, string name)
    {
        if (on)
        {
            _output.Append(' ').Append(name);
        }
    }

    private void AppendPaletteClass(MarkupColor color, string prefix)
    {
        if (color.IsPalette)
        {
            _output.Append(' ').Append(prefix).Append(s_paletteNames[color.PaletteIndex]);
        }
    }

    private void AppendEscaped(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => _output.Append("&amp;"),
                '<' => _output.Append("&lt;"),
                '>' => _output.Append("&gt;"),
                '"' => _output.Append("&quot;"),
                '\'' => _output.Append("&#39;"),
                _ => _output.Append(c),
            };
        }
    }
}
