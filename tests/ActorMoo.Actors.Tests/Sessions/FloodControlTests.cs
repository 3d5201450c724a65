using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>Flood control: lines typed while a command runs wait in a bounded queue.</summary>
public sealed class FloodControlTests() : SessionTestKit(new SessionSettings { MaxQueuedLines = 2 })
{
    [Fact]
    public async Task Lines_beyond_the_queue_limit_must_be_dropped_with_a_message()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        // Slow enough that the burst below arrives while the first line still runs.
        await AddVerbAsync(alice, "slow", VerbArgSpec.NoneNoneNone, "local n = 0 for i = 1, 300000 do n = n + i end notify(player, 'done')", alice);

        for (var i = 0; i < 10; i++)
            await session.SendAsync("slow");

        var all = new List<string>();
        for (var done = 0; done < 3;)
        {
            var text = await session.ReadOutputAsync();
            all.Add(text);
            if (text == "done")
                done++;
        }
        Assert.Contains(all, line => line.Contains("that line was dropped", StringComparison.Ordinal));
    }
}
