using ActorMoo.Runtime.Core;

namespace ActorMoo.Actors.Sessions.Protocol;

/// <summary>
/// A client connected: the session starts on its login screen. <paramref name="Client"/> receives
/// every <see cref="ISessionOutput"/> for the session; it is the edge's per-connection actor.
/// </summary>
/// <param name="SessionId">The new session.</param>
/// <param name="Client">Where the session's output goes.</param>
/// <param name="Connection">Who connected and how.</param>
/// <param name="Terminal">What the client can display, as far as known at connect time.</param>
public sealed record OpenSession(string SessionId, IActorRef Client, ConnectionInfo Connection, TerminalCapabilities Terminal) : ISessionMessage;

/// <summary>One line the player typed, already decoded, stripped of control characters and cut to the edge's maximum length.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Line">The line, without its line ending.</param>
public sealed record Input(string SessionId, string Line) : ISessionMessage;

/// <summary>The client's capabilities changed (window resized, terminal type learned, charset agreed).</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Terminal">The capabilities now.</param>
public sealed record TerminalChanged(string SessionId, TerminalCapabilities Terminal) : ISessionMessage;

/// <summary>
/// An out-of-band message from the client (a GMCP package such as <c>Core.Hello</c> or
/// <c>Core.Supports.Set</c>, or the websocket's JSON frames).
/// </summary>
/// <param name="SessionId">The session.</param>
/// <param name="Package">The package name, e.g. <c>Core.Hello</c>.</param>
/// <param name="Json">The package's JSON data, or an empty string when it has none.</param>
public sealed record ClientOob(string SessionId, string Package, string Json) : ISessionMessage;

/// <summary>
/// The client answered the edge's ping (GMCP <c>Core.Ping</c>): how long the round trip took. A
/// measurement, not a capability: the session keeps the latest in memory only.
/// </summary>
/// <param name="SessionId">The session.</param>
/// <param name="RoundTrip">From sending the ping to reading the answer, as the edge measured it.</param>
public sealed record RoundTripMeasured(string SessionId, TimeSpan RoundTrip) : ISessionMessage;

/// <summary>The connection is gone (the client quit, timed out or was dropped by the edge); the session ends.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Reason">Why, for logs.</param>
public sealed record SessionClosed(string SessionId, string Reason) : ISessionMessage;
