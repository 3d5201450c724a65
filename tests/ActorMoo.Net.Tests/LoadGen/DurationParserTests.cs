using ActorMoo.LoadGen;

namespace ActorMoo.Net.Tests.LoadGen;

public class DurationParserTests
{
    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5", 1_500)]
    public void Parser_must_read_seconds_minutes_milliseconds_and_bare_seconds(string text, int expectedMs)
    {
        Assert.True(DurationParser.TryParse(text, out var duration));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1s")]
    [InlineData("ten seconds")]
    [InlineData("2d")]
    public void Parser_must_refuse_what_is_not_a_duration(string text) => Assert.False(DurationParser.TryParse(text, out _));
}
