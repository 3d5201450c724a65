using ActorMoo.Net.Telnet.Options;
using ActorMoo.TestKit;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class GmcpPingerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider _time = new();

    private int _sent;

    [Fact]
    public void A_client_ping_before_the_first_of_ours_must_not_count_as_an_answer()
    {
        using var pinger = new GmcpPinger(Interval, _time, () => _sent++);

        Assert.False(pinger.TryTakeAnswer(out _));
        Assert.Equal(0, _sent);
    }

    [Fact]
    public void The_answer_to_an_outstanding_ping_must_be_taken_once_with_its_round_trip()
    {
        using var pinger = new GmcpPinger(Interval, _time, () => _sent++);
        _time.Advance(Interval);
        _time.Advance(TimeSpan.FromMilliseconds(80));

        Assert.True(pinger.TryTakeAnswer(out TimeSpan roundTrip));
        Assert.Equal(TimeSpan.FromMilliseconds(80), roundTrip);
        Assert.False(pinger.TryTakeAnswer(out _));
        Assert.Equal(1, _sent);
    }

    [Fact]
    public void An_answered_client_must_keep_being_pinged()
    {
        using var pinger = new GmcpPinger(Interval, _time, () => _sent++);

        for (int i = 0; i < 5; i++)
        {
            _time.Advance(Interval);
            Assert.True(pinger.TryTakeAnswer(out _));
        }

        Assert.Equal(5, _sent);
        Assert.True(pinger.Active);
    }

    [Fact]
    public void Disposing_must_stop_the_timer_and_forget_the_outstanding_ping()
    {
        var pinger = new GmcpPinger(Interval, _time, () => _sent++);
        _time.Advance(Interval);

        pinger.Dispose();
        _time.Advance(Interval * 3);

        Assert.Equal(0, _time.ActiveTimerCount);
        Assert.False(pinger.TryTakeAnswer(out _));
        Assert.False(pinger.Active);
        Assert.Equal(1, _sent);
    }
}
