using ActorMoo.Net.Web.Stats;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorMoo.Net.Web.Api;

/// <summary><c>GET /api/world-stats</c>: the world's counters and the server's uptime, for status pages and MUD listings.</summary>
internal static class StatsEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/api/world-stats", GetAsync);

    private static async Task<IResult> GetAsync(HttpContext context, IWorldStats stats, WebServerClock clock)
    {
        var counts = await stats.GetAsync(context.RequestAborted);
        var response = new WorldStatsResponse(counts.Objects, counts.Rooms, counts.PlayersOnline, counts.CommandsServed, (long)clock.Uptime.TotalSeconds);
        return Results.Json(response, ApiJsonContext.Default.WorldStatsResponse);
    }
}
