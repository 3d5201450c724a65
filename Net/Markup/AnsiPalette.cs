namespace ActorMoo.Net.Markup;

/// <summary>
/// Brings colours down to the ANSI palettes: the 16 basic colours and the xterm 256-colour
/// palette (16 basic, a 6×6×6 cube, 24 greys). Nearest by squared RGB distance, which is good
/// enough for text and cheap.
/// </summary>
public static class AnsiPalette
{
    /// <summary>The xterm default values of the 16 basic colours, so that exact colours can be matched to them.</summary>
    public static ReadOnlySpan<(byte R, byte G, byte B)> Rgb16 => s_rgb16;

    private static readonly (byte R, byte G, byte B)[] s_rgb16 =
    [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ];

    /// <summary>The six levels of each axis of the 256-colour cube.</summary>
    private static ReadOnlySpan<byte> CubeLevels => [0, 95, 135, 175, 215, 255];

    /// <summary>The basic colour (0–15) nearest to an exact colour.</summary>
    public static int Nearest16(byte r, byte g, byte b)
    {
        int best = 0;
        int bestDistance = int.MaxValue;
        for (int i = 0; i < 16; i++)
        {
            (byte pr, byte pg, byte pb) = Rgb16[i];
            int distance = Distance(r, g, b, pr, pg, pb);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The 256-palette entry (16–255) nearest to an exact colour: the nearer of the cube's and the grey ramp's best.</summary>
    public static int Nearest256(byte r, byte g, byte b)
    {
        int ri = NearestLevel(r), gi = NearestLevel(g), bi = NearestLevel(b);
        int cube = 16 + (36 * ri) + (6 * gi) + bi;
        int cubeDistance = Distance(r, g, b, CubeLevels[ri], CubeLevels[gi], CubeLevels[bi]);

        int average = (r + g + b) / 3;
        int greyStep = Math.Clamp((average - 8 + 5) / 10, 0, 23);
        byte grey = (byte)(8 + (10 * greyStep));
        int greyDistance = Distance(r, g, b, grey, grey, grey);
        return greyDistance < cubeDistance ? 232 + greyStep : cube;
    }

    private static int NearestLevel(byte value)
    {
        int best = 0;
        for (int i = 1; i < CubeLevels.Length; i++)
        {
            if (Math.Abs(CubeLevels[i] - value) < Math.Abs(CubeLevels[best] - value))
            {
                best = i;
            }
        }

        return best;
    }

    private static int Distance(int r1, int g1, int b1, int r2, int g2, int b2) =>
        ((r1 - r2) * (r1 - r2)) + ((g1 - g2) * (g1 - g2)) + ((b1 - b2) * (b1 - b2));
}
