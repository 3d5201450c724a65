using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Tests.Core.Supervision;

public sealed class RestartBackoffTests
{
    [Fact]
    public void Delay_must_double_from_the_minimum_and_stop_at_the_maximum()
    {
        var backoff = new RestartBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));

        var delays = Enumerable.Range(1, 6).Select(n => backoff.DelayFor(n).TotalMilliseconds);

        Assert.Equal([100, 200, 400, 800, 1000, 1000], delays);
    }

    [Fact]
    public void Random_factor_must_only_lengthen_the_delay_by_at_most_that_fraction()
    {
        var backoff = new RestartBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), RandomFactor: 0.5);

        for (var i = 0; i < 100; i++)
        {
            var delay = backoff.DelayFor(1);
            Assert.InRange(delay, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));
        }
    }

    [Fact]
    public void Huge_restart_counts_must_not_overflow()
    {
        var backoff = new RestartBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.FromMinutes(1), backoff.DelayFor(int.MaxValue));
    }
}
