using ActorMoo.Net.Markup;

namespace ActorMoo.Net.Tests.Markup;

public sealed class AnsiPaletteTests
{
    [Theory]
    [InlineData(255, 0, 0, 9)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(250, 250, 250, 15)]
    public void Nearest16_must_pick_the_closest_basic_colour(byte r, byte g, byte b, int expected)
    {
        Assert.Equal(expected, AnsiPalette.Nearest16(r, g, b));
    }

    [Theory]
    [InlineData(255, 0, 0, 196)]
    [InlineData(0, 135, 255, 33)]
    [InlineData(128, 128, 128, 244)]
    public void Nearest256_must_pick_the_cube_or_the_grey_ramp(byte r, byte g, byte b, int expected)
    {
        Assert.Equal(expected, AnsiPalette.Nearest256(r, g, b));
    }
}
