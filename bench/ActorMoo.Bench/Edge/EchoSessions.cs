using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Bench.Edge;

/// <summary>Stands in for the session region: answers every input line with the same line as output.</summary>
internal sealed class EchoSessions : Actor
{
    private readonly Dictionary<string, IActorRef> _clients = new(StringComparer.Ordinal);

    public EchoSessions()
    {
        Receive<OpenSession>(open => _clients[open.SessionId] = open.Client);
        Receive<Input>(input =>
        {
            if (_clients.TryGetValue(input.SessionId, out IActorRef? client))
            {
                client.Tell(new Output(input.SessionId, input.Line));
            }
        });
        Receive<SessionClosed>(closed => _clients.Remove(closed.SessionId));
        ReceiveAny(_ => { });
    }
}
