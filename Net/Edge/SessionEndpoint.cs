using ActorMoo.Runtime.Core;

namespace ActorMoo.Net.Edge;

/// <summary>
/// Where every transport of the edge (telnet, websocket) meets the world's sessions: the actor
/// system that hosts each connection's client actor, and the session region every
/// <c>ISessionMessage</c> (<c>OpenSession</c>, <c>Input</c>, <c>TerminalChanged</c>,
/// <c>ClientOob</c>, <c>SessionClosed</c>) is told to. The region routes by session id, so the edge
/// never needs to know where a session lives. The host supplies the real region; tests a probe.
/// </summary>
/// <param name="System">The node's actor system.</param>
/// <param name="Sessions">The session region (or, in tests, anything that answers like one).</param>
public sealed record SessionEndpoint(ActorSystem System, IActorRef Sessions);
