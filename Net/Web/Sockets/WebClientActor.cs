using System.Threading.Channels;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Markup;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Net.Web.Sockets;

/// <summary>
/// The <c>Client</c> of one websocket's session: it turns each <see cref="ISessionOutput"/> into a
/// JSON frame and queues it for the connection's writer loop. It never touches the socket, so a
/// slow browser never blocks an actor thread; a browser that falls
/// <see cref="WebSettings.OutputQueueFrames"/> behind is disconnected instead of growing the queue.
/// </summary>
internal sealed class WebClientActor : Actor
{
    private readonly ChannelWriter<byte[]> _frames;

    /// <summary>Renders the session's markup; used only on this actor's turns, as it is not thread-safe.</summary>
    private readonly HtmlRenderer _html = new();

    /// <summary>Creates the actor over the connection's outbound queue.</summary>
    public WebClientActor(ChannelWriter<byte[]> frames)
    {
        _frames = frames;
        Receive<Disconnect>(disconnect =>
        {
            Enqueue(disconnect);
            // The world ended the session: the writer loop sends what is queued, then closes.
            _frames.TryComplete();
        });
        Receive<ISessionOutput>(Enqueue);
    }

    /// <summary>The actor's Props.</summary>
    public static Props Props(ChannelWriter<byte[]> frames) => Runtime.Core.Props.Create(() => new WebClientActor(frames));

    /// <inheritdoc />
    protected override void PostStop() => _frames.TryComplete();

    private void Enqueue(ISessionOutput output)
    {
        if (!_frames.TryWrite(ServerFrames.Encode(output, _html)))
            _frames.TryComplete(new SlowClientException());
    }
}

/// <summary>The browser did not read its output fast enough; its connection is closed.</summary>
internal sealed class SlowClientException() : Exception("The client fell too far behind reading its output.");
