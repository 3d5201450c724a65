using System.Text;

namespace ActorMoo.Net.Markup;

/// <summary>
/// Renders markup as plain text: styles vanish, a link shows its label. For clients without
/// colour and for screen readers (MTTS bit 64), which read escape codes aloud or choke on them.
/// </summary>
public sealed class PlainRenderer : MarkupRenderer
{
    private readonly WordWrapper _wrapper = new();

    /// <inheritdoc />
    public override void Text(ReadOnlySpan<char> text, in MarkupStyle style) => _wrapper.Text(text);

    /// <inheritdoc />
    public override void NewLine() => _wrapper.NewLine();

    /// <inheritdoc />
    protected override void Begin(StringBuilder output, int width, string newLine) => _wrapper.Begin(output, width, newLine);

    /// <inheritdoc />
    protected override void End() => _wrapper.End();
}
