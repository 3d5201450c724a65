using ActorMoo.Actors.Sessions;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary><see cref="CommandCounter"/> as the sessions feed it (the <c>commandsServed</c> of world stats).</summary>
public sealed class CommandCounterTests : SessionTestKit
{
    [Fact]
    public async Task Every_command_a_player_types_must_be_counted()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var before = Sessions.Services.Commands.Total;

        await session.CommandAsync("look");
        await session.CommandAsync("inventory");
        await session.CommandAsync("say hello");

        Assert.Equal(before + 3, Sessions.Services.Commands.Total);
    }

    [Fact]
    public async Task Login_screen_lines_must_not_be_counted()
    {
        await using var session = await OpenAsync();

        await session.CommandAsync("help");
        await session.CommandAsync("connect nobody wrong-pw");

        Assert.Equal(0, Sessions.Services.Commands.Total);
    }
}
