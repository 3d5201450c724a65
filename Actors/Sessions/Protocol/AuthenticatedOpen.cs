using ActorMoo.Runtime.Core;

namespace ActorMoo.Actors.Sessions.Protocol;

/// <summary>
/// A client connected that the edge has already authenticated (the websocket opened with a token
/// from the HTTP API): the session starts logged in as <paramref name="Player"/>, skipping the
/// login screen, exactly as if <c>connect</c> had succeeded. Otherwise as <see cref="OpenSession"/>.
/// </summary>
/// <param name="SessionId">The new session.</param>
/// <param name="Client">Where the session's output goes.</param>
/// <param name="Connection">Who connected and how.</param>
/// <param name="Terminal">What the client can display, as far as known at connect time.</param>
/// <param name="Player">The player object's number the token stands for.</param>
public sealed record AuthenticatedOpen(string SessionId, IActorRef Client, ConnectionInfo Connection, TerminalCapabilities Terminal, long Player) : ISessionMessage;
