using ActorMoo.Actors.Sessions;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>The login screen closes a connection that types nothing for too long.</summary>
public sealed class LoginIdleTimeoutTests() : SessionTestKit(new SessionSettings { LoginIdleTimeout = TimeSpan.FromMinutes(5) })
{
    [Fact]
    public async Task An_idle_login_screen_must_be_closed_after_the_timeout()
    {
        await using var session = await OpenAsync();

        Advance(TimeSpan.FromMinutes(6));

        Assert.Contains("Timed out", await session.ReadUntilPromptAsync(), StringComparison.Ordinal);
        Assert.True(session.IsDisconnected);
    }

    [Fact]
    public async Task Typing_on_the_login_screen_must_restart_the_timeout()
    {
        await using var session = await OpenAsync();

        Advance(TimeSpan.FromMinutes(4));
        await session.CommandAsync("help");
        Advance(TimeSpan.FromMinutes(4));

        Assert.Contains("help", await session.CommandAsync("nonsense"), StringComparison.Ordinal);
        Assert.False(session.IsDisconnected);
    }

    [Fact]
    public async Task A_logged_in_session_must_not_time_out()
    {
        await using var session = await CreatePlayerAsync("Alice");

        Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("I couldn't understand that.", await session.CommandAsync("xyzzy"));
        Assert.False(session.IsDisconnected);
    }
}
