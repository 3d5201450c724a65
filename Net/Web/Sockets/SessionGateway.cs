using ActorMoo.Runtime.Core;

namespace ActorMoo.Net.Web.Sockets;

/// <summary>
/// Where websocket connections meet the world: the actor system that hosts each connection's
/// client actor, and the session region every <c>ISessionMessage</c> is told to (it routes by
/// session id, so the edge never needs to know where a session lives).
/// </summary>
/// <param name="System">The node's actor system.</param>
/// <param name="Sessions">The session region (or, in tests, anything that answers like one).</param>
public sealed record SessionGateway(ActorSystem System, IActorRef Sessions);
