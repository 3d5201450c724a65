using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// The connection's address in the actor world (the <c>Client</c> of <c>OpenSession</c>): it hands
/// every <see cref="ISessionOutput"/> of its session to the connection, in the order received. It
/// holds no state of its own; the connection stops it when the socket closes.
/// </summary>
internal sealed class TelnetClientActor : Actor
{
    public TelnetClientActor(TelnetConnection connection, string sessionId)
    {
        Receive<ISessionOutput>(output =>
        {
            if (output.SessionId == sessionId)
            {
                connection.FromSession(output);
            }
        });
    }
}
