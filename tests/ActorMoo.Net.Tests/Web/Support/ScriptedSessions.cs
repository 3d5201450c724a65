using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Net.Tests.Web.Support;

/// <summary>
/// Stands in for the world's session region in web tests: answers a few commands the way a
/// session over the starter core would (a login screen, <c>look</c> in a room, <c>@quit</c>) and
/// forwards every message it gets to <paramref name="observer"/> so tests can see what the edge sent.
/// </summary>
internal sealed class ScriptedSessions : Actor
{
    public const string Welcome = "Welcome to the test world. Type connect <name> <password>.";
    public const string RoomName = "The Test Lobby";
    public const string RoomDescription = "A plain room with white walls, built for tests.";

    private readonly Dictionary<string, IActorRef> _clients = [];

    public ScriptedSessions(IActorRef observer)
    {
        ReceiveAny(message =>
        {
            observer.Tell(message);
            Handle(message);
        });
    }

    public static Props Props(IActorRef observer) => Runtime.Core.Props.Create(() => new ScriptedSessions(observer));

    private void Handle(object message)
    {
        switch (message)
        {
            case OpenSession open:
                _clients[open.SessionId] = open.Client;
                open.Client.Tell(new Output(open.SessionId, Welcome));
                break;
            case AuthenticatedOpen open:
                _clients[open.SessionId] = open.Client;
                open.Client.Tell(new Output(open.SessionId, $"*** Connected as #{open.Player} ***"));
                break;
            case Input input when _clients.TryGetValue(input.SessionId, out var client):
                Answer(input, client);
                break;
            case ClientOob oob when _clients.TryGetValue(oob.SessionId, out var client):
                client.Tell(new OobOutput(oob.SessionId, "Echo." + oob.Package, oob.Json));
                break;
            case SessionClosed closed:
                _clients.Remove(closed.SessionId);
                break;
        }
    }

    private static void Answer(Input input, IActorRef client)
    {
        var id = input.SessionId;
        var words = input.Line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words.FirstOrDefault())
        {
            case "look":
                client.Tell(new Output(id, $"{{b}}{RoomName}{{/b}}\n{RoomDescription}\nExits: {{link=go north}}north{{/link}}"));
                client.Tell(new Prompt(id, "> "));
                break;
            case "connect" when words.Length == 3:
                client.Tell(new Output(id, $"*** Connected as {words[1]} ***"));
                break;
            case "room-info":
                client.Tell(new OobOutput(id, "Room.Info", "{\"num\":1,\"name\":\"Lobby\"}"));
                break;
            case "secret":
                client.Tell(new InputEcho(id, Hidden: true));
                break;
            case "@quit":
                client.Tell(new Disconnect(id, "Goodbye."));
                break;
            default:
                client.Tell(new Output(id, "You said: " + input.Line));
                break;
        }
    }
}
