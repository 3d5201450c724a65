using System.Text;
using ActorMoo.Actors.Sessions.Protocol;

namespace ActorMoo.Net.Markup;

/// <summary>
/// Turns markup into what one kind of client displays. A renderer is owned by one connection's
/// writer and reused for every message (it keeps its buffers), so it is not thread-safe.
/// </summary>
public abstract class MarkupRenderer : IMarkupSink
{
    private readonly MarkupParser _parser = new();

    /// <summary>Picks the renderer for a client's capabilities: plain for screen readers and colourless clients, HTML for the web client, ANSI otherwise.</summary>
    public static MarkupRenderer For(TerminalCapabilities terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        if (terminal.ScreenReader || terminal.Color == ColorSupport.None)
        {
            return new PlainRenderer();
        }

        return terminal.Color == ColorSupport.Html ? new HtmlRenderer() : new AnsiRenderer(terminal.Color);
    }

    /// <summary>
    /// Appends the rendering of <paramref name="markup"/> to <paramref name="output"/>, wrapping
    /// at <paramref name="width"/> columns where the format wraps (0: never) and ending lines with
    /// <paramref name="newLine"/>.
    /// </summary>
    public void Render(string markup, StringBuilder output, int width = 0, string newLine = "\n")
    {
        ArgumentNullException.ThrowIfNull(output);
        Begin(output, width, newLine);
        _parser.Parse(markup, this);
        End();
    }

    /// <summary>Renders to a new string (tests, one-off uses); connections use the <see cref="StringBuilder"/> overload.</summary>
    public string Render(string markup, int width = 0, string newLine = "\n")
    {
        var output = new StringBuilder(markup.Length + 16);
        Render(markup, output, width, newLine);
        return output.ToString();
    }

    /// <inheritdoc />
    public abstract void Text(ReadOnlySpan<char> text, in MarkupStyle style);

    /// <inheritdoc />
    public abstract void NewLine();

    /// <summary>Prepares for one message.</summary>
    protected abstract void Begin(StringBuilder output, int width, string newLine);

    /// <summary>Finishes one message: closes styles, writes pending text.</summary>
    protected abstract void End();
}
