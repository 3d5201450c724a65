using System.Collections.Concurrent;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// The live client connection of every open session on this node, by session id. A session actor
/// persists its binding, not its client reference (a reference is a live thing of this process):
/// a session's next incarnation, after passivation or a restart, finds its client here. After a
/// process restart the table is empty, which is right: the connections died with the process.
/// </summary>
/// <remarks>Thread-safe. Written only by session actors (on open and end). In a cluster whose edge
/// runs apart, this becomes the transport's resolution of a serialized reference.</remarks>
public sealed class SessionClients
{
    private readonly ConcurrentDictionary<string, IActorRef> _clients = new(StringComparer.Ordinal);

    /// <summary>The number of open sessions.</summary>
    public int Count => _clients.Count;

    /// <summary>Records <paramref name="client"/> as the connection of <paramref name="sessionId"/>.</summary>
    public void Register(string sessionId, IActorRef client) => _clients[sessionId] = client;

    /// <summary>The connection of <paramref name="sessionId"/>, or null when it is not open on this node.</summary>
    public IActorRef? Find(string sessionId) => _clients.GetValueOrDefault(sessionId);

    /// <summary>Forgets the connection of <paramref name="sessionId"/>.</summary>
    public void Remove(string sessionId) => _clients.TryRemove(sessionId, out _);
}
