using System.Globalization;
using System.Text;
using ActorMoo.Actors.Sessions.Protocol;

namespace ActorMoo.Net.Markup;

/// <summary>
/// Renders markup as text with ANSI SGR escape sequences for a client showing 16, 256 or 24-bit
/// colour. Every style change writes a full reset-and-set sequence (simple, and a client that
/// missed one sequence recovers at the next), and styles are reset at every line end so that a
/// wrapped or scrolled line never bleeds colour.
/// </summary>
public sealed class AnsiRenderer : MarkupRenderer
{
    private const string Reset = "\u001b[0m";

    private readonly WordWrapper _wrapper = new();

    private readonly StringBuilder _code = new();

    private readonly ColorSupport _depth;

    /// <summary>The style the terminal is in now, as far as this message's output goes.</summary>
    private MarkupStyle _current;

    /// <summary>Creates a renderer for <paramref name="depth"/> (16, 256 or true colour).</summary>
    public AnsiRenderer(ColorSupport depth)
    {
        if (depth is not (ColorSupport.Ansi16 or ColorSupport.Ansi256 or ColorSupport.TrueColor))
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "ANSI rendering needs 16, 256 or true colour.");
        }

        _depth = depth;
    }

    /// <inheritdoc />
    public override void Text(ReadOnlySpan<char> text, in MarkupStyle style)
    {
        if (style != _current)
        {
            _wrapper.Code(style.IsPlain ? Reset : Sequence(style));
            _current = style;
        }

        _wrapper.Text(text);
    }

    /// <inheritdoc />
    public override void NewLine()
    {
        ResetIfStyled();
        _wrapper.NewLine();
    }

    /// <inheritdoc />
    protected override void Begin(StringBuilder output, int width, string newLine)
    {
        _current = MarkupStyle.Plain;
        _wrapper.Begin(output, width, newLine);
    }

    /// <inheritdoc />
    protected override void End()
    {
        ResetIfStyled();
        _wrapper.End();
    }

    private void ResetIfStyled()
    {
        if (!_current.IsPlain)
        {
            _wrapper.Code(Reset);
            _current = MarkupStyle.Plain;
        }
    }

    /// <summary>The SGR sequence that sets exactly <paramref name="style"/> from any previous state.</summary>
    private string Sequence(in MarkupStyle style)
    {
        _code.Clear().Append("\u001b[0");
        if (style.Bold)
        {
            _code.Append(";1");
        }

        if (style.Italic)
        {
            _code.Append(";3");
        }

        // Telnet clients cannot click; the underline at least marks a link as one.
        if (style.Underline || style.LinkCommand is not null)
        {
            _code.Append(";4");
        }

        AppendColor(style.Foreground, background: false);
        AppendColor(style.Background, background: true);
        return _code.Append('m').ToString();
    }

    private void AppendColor(MarkupColor color, bool background)
    {
        if (!color.IsSet)
        {
            return;
        }

        if (color.IsPalette)
        {
            AppendBasic(color.PaletteIndex, background);
            return;
        }

        switch (_depth)
        {
            case ColorSupport.TrueColor:
                _code.Append(CultureInfo.InvariantCulture, $";{(background ? 48 : 38)};2;{color.R};{color.G};{color.B}");
                break;
            case ColorSupport.Ansi256:
                _code.Append(CultureInfo.InvariantCulture, $";{(background ? 48 : 38)};5;{AnsiPalette.Nearest256(color.R, color.G, color.B)}");
                break;
            default:
                AppendBasic(AnsiPalette.Nearest16(color.R, color.G, color.B), background);
                break;
        }
    }

    /// <summary>Basic colours use the 30–37/90–97 (40–47/100–107) codes every ANSI client knows.</summary>
    private void AppendBasic(int index, bool background)
    {
        int code = index < 8 ? 30 + index : 90 + (index - 8);
        _code.Append(';').Append(background ? code + 10 : code);
    }
}
