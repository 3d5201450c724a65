using ActorMoo.Actors.Accounts;
using ActorMoo.TestKit;

namespace ActorMoo.Actors.Tests.Accounts;

public sealed class LoginThrottleTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests() =>
        _throttle = new LoginThrottle(new AccountSettings { FreeFailedLogins = 2, ThrottleBase = TimeSpan.FromSeconds(2), ThrottleMax = TimeSpan.FromSeconds(60) }, _clock);

    [Fact]
    public void Free_failures_must_not_throttle()
    {
        _throttle.Failed("alice", "10.0.0.1");
        _throttle.Failed("alice", "10.0.0.1");

        Assert.Equal(TimeSpan.Zero, _throttle.Wait("alice", "10.0.0.1"));
    }

    [Fact]
    public void Each_further_failure_must_double_the_wait_up_to_the_maximum()
    {
        for (var i = 0; i < 3; i++) _throttle.Failed("alice", "10.0.0.1");
        Assert.Equal(TimeSpan.FromSeconds(2), _throttle.Wait("alice", "10.0.0.1"));

        _throttle.Failed("alice", "10.0.0.1");
        Assert.Equal(TimeSpan.FromSeconds(4), _throttle.Wait("alice", "10.0.0.1"));

        for (var i = 0; i < 10; i++) _throttle.Failed("alice", "10.0.0.1");
        Assert.Equal(TimeSpan.FromSeconds(60), _throttle.Wait("alice", "10.0.0.1"));

        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(TimeSpan.Zero, _throttle.Wait("alice", "10.0.0.1"));
    }

    [Fact]
    public void Failures_must_count_per_name_from_any_address()
    {
        for (var i = 0; i < 3; i++) _throttle.Failed("ALICE", $"10.0.0.{i}");

        Assert.True(_throttle.Wait("alice", "10.9.9.9") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, _throttle.Wait("bob", "10.9.9.9"));
    }

    [Fact]
    public void Failures_must_count_per_address_for_any_name()
    {
        for (var i = 0; i < 3; i++) _throttle.Failed($"name{i}", "10.0.0.1");

        Assert.True(_throttle.Wait("someone", "10.0.0.1") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, _throttle.Wait("someone", "10.0.0.2"));
    }

    [Fact]
    public void Success_must_clear_the_record()
    {
        for (var i = 0; i < 3; i++) _throttle.Failed("alice", "10.0.0.1");

        _throttle.Succeeded("alice", "10.0.0.1");

        Assert.Equal(TimeSpan.Zero, _throttle.Wait("alice", "10.0.0.1"));
    }

    [Fact]
    public void The_refusal_must_say_how_long_to_wait() =>
        Assert.Equal("Too many failed attempts; try again in 3 seconds.", LoginThrottle.Message(TimeSpan.FromSeconds(2.2)));
}
