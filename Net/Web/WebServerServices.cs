using ActorMoo.Net.Edge;
using ActorMoo.Net.Web.Accounts;
using ActorMoo.Net.Web.Stats;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Web;

/// <summary>What the web server needs from the rest of the node.</summary>
/// <param name="Sessions">Where websocket sessions go.</param>
/// <param name="Accounts">The accounts behind the JSON API.</param>
/// <param name="Stats">The world's counters for <c>/api/world-stats</c>.</param>
/// <param name="Time">The clock for token expiry and uptime.</param>
/// <param name="Loggers">Where the server logs (Kestrel's own logs included).</param>
public sealed record WebServerServices(SessionEndpoint Sessions, IWebAccounts Accounts, IWorldStats Stats, TimeProvider Time, ILoggerFactory Loggers);
