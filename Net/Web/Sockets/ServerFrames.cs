using System.Buffers;
using System.Text.Json;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Markup;

namespace ActorMoo.Net.Web.Sockets;

/// <summary>
/// The JSON frames the server sends over the websocket, one per session output (docs/web.md):
/// <c>{"type":"text","html":…}</c>, <c>{"type":"prompt","html":…}</c>,
/// <c>{"type":"oob","package":…,"data":…}</c> (GMCP-style out-of-band data),
/// <c>{"type":"echo","hidden":…}</c> and <c>{"type":"disconnect","html":…}</c>; and the
/// edge's own <c>{"type":"error","message":…}</c>.
/// </summary>
internal static class ServerFrames
{
    /// <summary>The UTF-8 JSON frame for <paramref name="output"/>, its markup rendered by <paramref name="html"/>.</summary>
    /// <param name="output">What the session sent.</param>
    /// <param name="html">The connection's HTML renderer (not thread-safe: one per connection).</param>
    public static byte[] Encode(ISessionOutput output, HtmlRenderer html)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            switch (output)
            {
                case Output text:
                    Html(json, "text", html.Render(text.Markup));
                    break;
                case Prompt prompt:
                    Html(json, "prompt", html.Render(prompt.Markup));
                    break;
                case Disconnect disconnect:
                    Html(json, "disconnect", html.Render(disconnect.Reason));
                    break;
                case InputEcho echo:
                    json.WriteString("type", "echo");
                    json.WriteBoolean("hidden", echo.Hidden);
                    break;
                case OobOutput oob:
                    json.WriteString("type", "oob");
                    json.WriteString("package", oob.Package);
                    json.WritePropertyName("data");
                    WriteData(json, oob.Json);
                    break;
                default:
                    throw new ArgumentException($"Unknown session output {output.GetType().Name}.", nameof(output));
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// <c>{"type":"error","message":…}</c>: the edge's own answer to a frame it could not use. The
    /// world never sees such frames, so the message is plain text, not markup.
    /// </summary>
    public static byte[] Error(string message)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "error");
            json.WriteString("message", message);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Html(Utf8JsonWriter json, string type, string html)
    {
        json.WriteString("type", type);
        json.WriteString("html", html);
    }

    /// <summary>
    /// Writes out-of-band data as a JSON value. The world promises JSON, but a frame must stay valid
    /// whatever it sends: data that does not parse travels as a string instead.
    /// </summary>
    private static void WriteData(Utf8JsonWriter json, string data)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            json.WriteNullValue();
            return;
        }
        try
        {
            using var document = JsonDocument.Parse(data);
            document.RootElement.WriteTo(json);
        }
        catch (JsonException)
        {
            json.WriteStringValue(data);
        }
    }
}
