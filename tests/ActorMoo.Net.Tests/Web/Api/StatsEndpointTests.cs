using System.Net;
using System.Text.Json;
using ActorMoo.Net.Tests.Web.Support;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Web.Api;

public sealed class StatsEndpointTests(ITestOutputHelper output) : WebServerTestKit(output)
{
    [Fact]
    public async Task World_stats_must_report_the_world_counters_and_uptime()
    {
        var response = await Http.GetAsync("/api/world-stats");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Counts.Objects, body.GetProperty("objects").GetInt64());
        Assert.Equal(Counts.Rooms, body.GetProperty("rooms").GetInt64());
        Assert.Equal(Counts.PlayersOnline, body.GetProperty("playersOnline").GetInt64());
        Assert.Equal(Counts.CommandsServed, body.GetProperty("commandsServed").GetInt64());
        Assert.True(body.GetProperty("uptimeSeconds").GetInt64() >= 0);
    }

    [Fact]
    public async Task Counters_the_world_does_not_keep_must_be_null()
    {
        Stats.Counts = Counts with { Objects = null, CommandsServed = null };

        var body = JsonDocument.Parse(await Http.GetStringAsync("/api/world-stats")).RootElement;

        Assert.Equal(JsonValueKind.Null, body.GetProperty("objects").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("commandsServed").ValueKind);
        Assert.Equal(Counts.Rooms, body.GetProperty("rooms").GetInt64());
    }

    [Fact]
    public async Task World_stats_must_refuse_other_methods_with_a_json_405()
    {
        var response = await Http.PostAsync("/api/world-stats", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }
}
