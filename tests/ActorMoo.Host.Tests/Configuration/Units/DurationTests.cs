using ActorMoo.Host.Configuration.Units;

namespace ActorMoo.Host.Tests.Configuration.Units;

public class DurationTests
{
    [Theory]
    [InlineData("250", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1500ns", 15)]
    [InlineData("3 nanoseconds", 0)]
    [InlineData("10us", 100)]
    [InlineData("2 microseconds", 20)]
    [InlineData("250ms", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("1 millisecond", TimeSpan.TicksPerMillisecond)]
    [InlineData("10s", 10 * TimeSpan.TicksPerSecond)]
    [InlineData("1.5 seconds", 15 * TimeSpan.TicksPerSecond / 10)]
    [InlineData(" 5 m ", 5 * TimeSpan.TicksPerMinute)]
    [InlineData("1 minute", TimeSpan.TicksPerMinute)]
    [InlineData("2h", 2 * TimeSpan.TicksPerHour)]
    [InlineData("3 hours", 3 * TimeSpan.TicksPerHour)]
    [InlineData("1d", TimeSpan.TicksPerDay)]
    [InlineData("7 days", 7 * TimeSpan.TicksPerDay)]
    [InlineData("-5s", -5 * TimeSpan.TicksPerSecond)]
    public void Every_unit_of_the_spec_must_parse(string text, long ticks) =>
        Assert.Equal(TimeSpan.FromTicks(ticks), Duration.Parse(text).Value);

    [Theory]
    [InlineData("10S", "not a duration unit")]
    [InlineData("10 parsecs", "not a duration unit")]
    [InlineData("s", "not a duration")]
    [InlineData("", "not a duration")]
    [InlineData("ten seconds", "not a duration")]
    [InlineData("99999999999999d", "too long")]
    public void Bad_durations_must_be_rejected_with_a_reason(string text, string reason)
    {
        Assert.False(Duration.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Duration.Parse(text));
    }

    [Theory]
    [InlineData("90s", "90s")]
    [InlineData("120s", "2m")]
    [InlineData("1500ms", "1500ms")]
    [InlineData("48h", "2d")]
    [InlineData("0", "0s")]
    [InlineData("1500ns", "1500ns")]
    public void Rendering_uses_the_largest_exact_unit_and_reads_back(string text, string rendered)
    {
        Duration duration = Duration.Parse(text);
        Assert.Equal(rendered, duration.ToString());
        Assert.Equal(duration, Duration.Parse(rendered));
    }

    [Fact]
    public void The_configuration_binder_must_read_durations()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>("Timeout", "2m")]).Build();
        Assert.Equal(TimeSpan.FromMinutes(2), configuration.Get<Holder>()!.Timeout.Value);
        TimeSpan converted = Duration.FromSeconds(3);
        Assert.Equal(TimeSpan.FromSeconds(3), converted);
    }

    [Fact]
    public void Durations_compare_by_length()
    {
        Assert.True(Duration.Parse("1s") < Duration.Parse("1001ms"));
        Assert.True(Duration.Parse("-1ms").IsNegative);
        Assert.True(Duration.Zero <= Duration.Parse("0"));
    }

    private sealed class Holder
    {
        public Duration Timeout { get; set; }
    }
}
