using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>Lines typed while a task of the player waits in <c>read()</c> go to that task.</summary>
public sealed class ReadInputTests : SessionTestKit
{
    [Fact]
    public async Task A_line_typed_while_a_task_reads_must_go_to_the_task()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "ask", VerbArgSpec.NoneNoneNone, "notify(player, 'Your name?') local answer = read() notify(player, 'Hello, ' .. answer)", alice);

        Assert.Equal("Your name?", await session.CommandAsync("ask"));
        await session.SendAsync("Bob");

        Assert.Equal("Hello, Bob", await session.ReadOutputAsync());
    }
}
