using System.Text;
using System.Text.Json;
using ActorMoo.Actors.Sessions.Markup;

namespace ActorMoo.Net.Web.Sockets;

/// <summary>
/// Parses the JSON frames a browser sends (docs/web.md): <c>{"type":"input","line":…}</c>,
/// <c>{"type":"oob","package":…,"data":…}</c> and <c>{"type":"resize","width":…,"height":…}</c>.
/// Anything else is a <see cref="ClientFrame.Invalid"/> with a reason the client is told; a bad
/// frame never reaches the world and never ends the connection.
/// </summary>
internal static class ClientFrames
{
    /// <summary>Longest out-of-band package name accepted (GMCP names are short: <c>Core.Supports.Set</c>).</summary>
    private const int MaxPackageLength = 64;

    /// <summary>The frame in <paramref name="utf8"/>, with input lines cleaned and cut to <paramref name="maxLineLength"/>.</summary>
    public static ClientFrame Parse(ReadOnlySpan<byte> utf8, int maxLineLength)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return new ClientFrame.Invalid("A frame must be a JSON object with a \"type\".");
            return type.GetString() switch
            {
                "input" => ParseInput(root, maxLineLength),
                "oob" => ParseOob(root),
                "resize" => ParseResize(root),
                _ => new ClientFrame.Invalid("Unknown frame type; expected input, oob or resize."),
            };
        }
        catch (JsonException)
        {
            return new ClientFrame.Invalid("A frame must be valid JSON.");
        }
    }

    /// <summary>
    /// <paramref name="line"/> as the session protocol wants it: control characters removed (tab
    /// becomes a space), cut to <paramref name="maxLength"/> characters without splitting a surrogate pair.
    /// </summary>
    public static string CleanLine(string line, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(line.Length, maxLength));
        foreach (char c in line)
        {
            if (builder.Length >= maxLength)
                break;
            if (c == '\t')
                builder.Append(' ');
            else if (!MarkupText.IsControl(c))
                builder.Append(c);
        }
        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
            builder.Length--;
        return builder.ToString();
    }

    private static ClientFrame ParseInput(JsonElement root, int maxLineLength) =>
        root.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.String
            ? new ClientFrame.Line(CleanLine(line.GetString()!, maxLineLength))
            : new ClientFrame.Invalid("An input frame needs a \"line\" string.");

    private static ClientFrame ParseOob(JsonElement root)
    {
        if (!root.TryGetProperty("package", out var package) || package.ValueKind != JsonValueKind.String)
            return new ClientFrame.Invalid("An oob frame needs a \"package\" string.");
        var name = package.GetString()!;
        if (name.Length is 0 or > MaxPackageLength || !name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            return new ClientFrame.Invalid("An oob package name is letters, digits, '.', '_' and '-' (at most 64).");
        var data = root.TryGetProperty("data", out var value) && value.ValueKind != JsonValueKind.Null ? value.GetRawText() : "";
        return new ClientFrame.Oob(name, data);
    }

    private static ClientFrame ParseResize(JsonElement root) =>
        Cells(root, "width") is { } columns && Cells(root, "height") is { } rows
            ? new ClientFrame.Resize(columns, rows)
            : new ClientFrame.Invalid("A resize frame needs \"width\" and \"height\" between 1 and 1000.");

    /// <summary>The whole number 1–1000 under <paramref name="name"/>, else null.</summary>
    private static int? Cells(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int cells) && cells is > 0 and <= 1000
            ? cells
            : null;
}

/// <summary>A parsed frame from the browser.</summary>
internal abstract record ClientFrame
{
    private ClientFrame()
    {
    }

    /// <summary>A line the player typed.</summary>
    /// <param name="Text">The cleaned line.</param>
    public sealed record Line(string Text) : ClientFrame;

    /// <summary>Out-of-band data for the session.</summary>
    /// <param name="Package">The package name.</param>
    /// <param name="Json">Its JSON data, or empty.</param>
    public sealed record Oob(string Package, string Json) : ClientFrame;

    /// <summary>The output area's size in character cells changed.</summary>
    /// <param name="Width">Columns.</param>
    /// <param name="Height">Rows.</param>
    public sealed record Resize(int Width, int Height) : ClientFrame;

    /// <summary>Not a frame the server understands.</summary>
    /// <param name="Reason">Why, for the client.</param>
    public sealed record Invalid(string Reason) : ClientFrame;
}
