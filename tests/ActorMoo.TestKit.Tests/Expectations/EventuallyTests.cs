using ActorMoo.TestKit;
using Xunit.Sdk;

namespace ActorMoo.TestKit.Tests.Expectations;

public sealed class EventuallyTests
{
    [Fact]
    public async Task AssertAsync_must_retry_until_the_assertion_passes()
    {
        var attempts = 0;

        await Eventually.AssertAsync(() => Assert.True(++attempts >= 3), interval: TimeSpan.FromMilliseconds(1));

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task AssertAsync_must_rethrow_the_last_failure_after_the_timeout()
    {
        var error = await Assert.ThrowsAsync<EqualException>(() =>
            Eventually.AssertAsync(() => Assert.Equal(1, 2), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(5)));

        Assert.Contains("Expected: 1", error.Message);
    }

    [Fact]
    public async Task ConditionAsync_must_fail_with_the_given_message()
    {
        var error = await Assert.ThrowsAsync<XunitException>(() => Eventually.ConditionAsync(() => false, TimeSpan.FromMilliseconds(30), "the door opens"));

        Assert.Contains("the door opens", error.Message);
    }
}
