namespace ActorMoo.Net.Markup;

/// <summary>
/// The meaning of an opening tag's inside (the text between the braces), per docs/markup.md.
/// Closing tags (<c>/…</c>) and <c>{{</c> are handled by <see cref="MarkupParser"/>.
/// </summary>
public static class MarkupTags
{
    /// <summary>
    /// Applies the opening tag <paramref name="inner"/> to <paramref name="current"/>. False when it
    /// is not a known tag, in which case the parser shows the braces and their content literally.
    /// </summary>
    /// <param name="inner">The tag without braces, e.g. <c>red</c>, <c>#ff8800</c>, <c>bg=blue</c>, <c>link=look</c>.</param>
    /// <param name="current">The style in force before the tag.</param>
    /// <param name="next">The style inside the tag.</param>
    public static bool TryApply(ReadOnlySpan<char> inner, in MarkupStyle current, out MarkupStyle next)
    {
        next = current;
        switch (inner)
        {
            case "b":
                next = current with { Bold = true };
                return true;
            case "i":
                next = current with { Italic = true };
                return true;
            case "u":
                next = current with { Underline = true };
                return true;
        }

        if (TryParseColor(inner, out MarkupColor foreground))
        {
            next = current with { Foreground = foreground };
            return true;
        }

        if (inner.StartsWith("bg=") && TryParseColor(inner[3..], out MarkupColor background))
        {
            next = current with { Background = background };
            return true;
        }

        if (inner.StartsWith("link=") && !inner[5..].Trim().IsEmpty)
        {
            next = current with { LinkCommand = inner[5..].Trim().ToString() };
            return true;
        }

        return false;
    }

    /// <summary>
    /// The name a closing tag uses for an opening tag: the text before <c>=</c> (<c>bg</c>,
    /// <c>link</c>) or the whole tag (<c>b</c>, <c>red</c>, <c>#ff8800</c>).
    /// </summary>
    public static ReadOnlySpan<char> CloseName(ReadOnlySpan<char> inner)
    {
        int equals = inner.IndexOf('=');
        return equals < 0 ? inner : inner[..equals];
    }

    /// <summary>Parses a colour name or <c>#rrggbb</c>.</summary>
    public static bool TryParseColor(ReadOnlySpan<char> text, out MarkupColor color)
    {
        int index = text switch
        {
            "black" => 0,
            "red" => 1,
            "green" => 2,
            "yellow" => 3,
            "blue" => 4,
            "magenta" => 5,
            "cyan" => 6,
            "white" => 7,
            "bright-black" or "gray" or "grey" => 8,
            "bright-red" => 9,
            "bright-green" => 10,
            "bright-yellow" => 11,
            "bright-blue" => 12,
            "bright-magenta" => 13,
            "bright-cyan" => 14,
            "bright-white" => 15,
            _ => -1,
        };
        if (index >= 0)
        {
            color = MarkupColor.Palette(index);
            return true;
        }

        if (text.Length == 7 && text[0] == '#'
            && TryHexByte(text[1..3], out byte r) && TryHexByte(text[3..5], out byte g) && TryHexByte(text[5..7], out byte b))
        {
            color = MarkupColor.Rgb(r, g, b);
            return true;
        }

        color = default;
        return false;
    }

    private static bool TryHexByte(ReadOnlySpan<char> two, out byte value) =>
        byte.TryParse(two, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value);
}
