using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>A session passivated for idleness comes back bound to its player, with its client.</summary>
public sealed class SessionPassivationTests() : SessionTestKit(
    new SessionSettings { LoginIdleTimeout = TimeSpan.FromMinutes(30) },
    new ShardingSettings { ShardCount = 10, PassivationIdleTimeout = TimeSpan.FromMinutes(1) })
{
    [Fact]
    public async Task A_passivated_session_must_keep_its_player_binding()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "hi", VerbArgSpec.NoneNoneNone, "notify(player, 'hello')", alice);

        Advance(TimeSpan.FromMinutes(2));
        await AwaitAssertAsync(async () =>
        {
            var state = await Sessions.Region.Ask<ShardRegion.CurrentShardRegionState>(ShardRegion.GetShardRegionState.Instance, TimeSpan.FromSeconds(30));
            Assert.DoesNotContain(state.Shards.SelectMany(s => s.EntityIds), id => id == session.SessionId);
        });

        Assert.Equal("hello", await session.CommandAsync("hi"));
        Assert.Equal(session.SessionId, Connected.Find(alice)!.SessionId);
    }

    [Fact]
    public async Task A_passivated_login_screen_must_be_closed_as_timed_out()
    {
        await using var session = await OpenAsync();

        Advance(TimeSpan.FromMinutes(2));

        Assert.Contains("Timed out", await session.ReadUntilPromptAsync(), StringComparison.Ordinal);
    }
}
