using ActorMoo.Runtime.Core;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// Where the edge finds the world's sessions: the actor system to host the per-connection client
/// actors in, and the session region that routes every <c>ISessionMessage</c> by its session id.
/// The host supplies the real region; tests supply a probe.
/// </summary>
public interface ISessionEndpoint
{
    /// <summary>The actor system the edge's client actors live in.</summary>
    ActorSystem System { get; }

    /// <summary>Receives <c>OpenSession</c>, <c>Input</c>, <c>TerminalChanged</c>, <c>ClientOob</c> and <c>SessionClosed</c>.</summary>
    IActorRef Sessions { get; }
}
