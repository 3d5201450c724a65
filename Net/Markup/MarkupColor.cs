namespace ActorMoo.Net.Markup;

/// <summary>
/// A colour named in markup: one of the 16 ANSI palette entries (which the client themes) or an
/// exact 24-bit colour (which renderers bring down to what the client can show).
/// </summary>
public readonly record struct MarkupColor
{
    private MarkupColor(byte kind, byte index, byte r, byte g, byte b)
    {
        Kind = kind;
        PaletteIndex = index;
        R = r;
        G = g;
        B = b;
    }

    /// <summary>No colour: the terminal's default.</summary>
    public static MarkupColor Default => default;

    /// <summary>True when this is not the terminal's default colour.</summary>
    public bool IsSet => Kind != 0;

    /// <summary>True for a 16-colour palette entry (<see cref="PaletteIndex"/>), false for an exact colour.</summary>
    public bool IsPalette => Kind == 1;

    /// <summary>The palette entry 0–15 (0–7 normal, 8–15 bright) when <see cref="IsPalette"/>.</summary>
    public byte PaletteIndex { get; }

    /// <summary>Red component (exact colours; for palette entries the xterm default value).</summary>
    public byte R { get; }

    /// <summary>Green component.</summary>
    public byte G { get; }

    /// <summary>Blue component.</summary>
    public byte B { get; }

    /// <summary>0 none, 1 palette, 2 exact.</summary>
    private byte Kind { get; }

    /// <summary>A palette entry 0–15.</summary>
    /// <param name="index">0–7 black, red, green, yellow, blue, magenta, cyan, white; 8–15 their bright forms.</param>
    public static MarkupColor Palette(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 15);
        (byte r, byte g, byte b) = AnsiPalette.Rgb16[index];
        return new MarkupColor(1, (byte)index, r, g, b);
    }

    /// <summary>An exact 24-bit colour.</summary>
    public static MarkupColor Rgb(byte r, byte g, byte b) => new(2, 0, r, g, b);

    /// <summary>The colour as <c>#rrggbb</c> (palette entries give their xterm default value).</summary>
    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";
}
