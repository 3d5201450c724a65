namespace ActorMoo.Net.Markup;

/// <summary>
/// Receives parsed markup from <see cref="MarkupParser"/>: runs of visible text with the style in
/// force, and line breaks. The text never contains control characters.
/// </summary>
public interface IMarkupSink
{
    /// <summary>A run of visible text (no control characters, no newline) shown in <paramref name="style"/>.</summary>
    void Text(ReadOnlySpan<char> text, in MarkupStyle style);

    /// <summary>The end of a line.</summary>
    void NewLine();
}
