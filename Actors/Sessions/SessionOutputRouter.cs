using System.Text.Json;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// Delivers committed tasks' output: a <see cref="NotifyEffect"/> becomes an <see cref="Output"/> and
/// a <see cref="GmcpEffect"/> an <see cref="OobOutput"/> for the player's connection, a
/// <see cref="BootPlayerEffect"/> ends the player's session; any other effect goes to the next sink.
/// Output for a player who is not connected is dropped, as in MOO.
/// </summary>
/// <remarks>
/// Output goes straight to the client, not through the session actor: the session sends its prompt
/// only after the command's task has returned, which is after this sink ran, so the prompt always
/// follows the command's output. A verb's text is passed as-is: the world's text is trusted markup,
/// and verbs escape what players typed (docs/markup.md).
/// </remarks>
public sealed class SessionOutputRouter : ITaskEffectSink
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new MooValueJsonConverter() } };

    private readonly ActorSystem _system;
    private readonly ConnectedPlayers _connected;
    private readonly ITaskEffectSink? _next;

    /// <summary>Creates the router over the connected-player table; <paramref name="next"/> receives every other effect.</summary>
    public SessionOutputRouter(ActorSystem system, ConnectedPlayers connected, ITaskEffectSink? next = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(connected);
        _system = system;
        _connected = connected;
        _next = next;
    }

    /// <inheritdoc />
    public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
    {
        List<TaskEffect>? others = null;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case NotifyEffect notify when _connected.Find(notify.Player) is { } connection:
                    connection.Client.Tell(new Output(connection.SessionId, notify.Text));
                    break;
                case GmcpEffect gmcp when _connected.Find(gmcp.Player) is { } connection:
                    connection.Client.Tell(new OobOutput(connection.SessionId, gmcp.Package, JsonSerializer.Serialize(gmcp.Data, JsonOptions)));
                    break;
                case BootPlayerEffect boot when _connected.Find(boot.Player) is { } connection:
                    if (ClusterSharding.Get(_system).TryGetShardRegion(WorldSessions.EntityTypeName, out var region))
                        region.Tell(new SessionActor.Boot(connection.SessionId, "You have been disconnected by a wizard."));
                    break;
                case NotifyEffect or GmcpEffect or BootPlayerEffect:
                    break;
                default:
                    (others ??= []).Add(effect);
                    break;
            }
        }
        if (others is not null && _next is not null)
            _next.Release(taskId, others);
    }
}
