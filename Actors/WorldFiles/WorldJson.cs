using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// The JSON conventions of world files: the writer's fixed layout (two-space indentation, LF, a
/// final newline, non-ASCII text written as itself) that makes exports byte-stable, and reading
/// with <c>//</c> comments allowed for hand-written files. Values use <see cref="MooValueJsonConverter"/>.
/// </summary>
internal static class WorldJson
{
    private static readonly MooValueJsonConverter ValueConverter = new();
    private static readonly JsonSerializerOptions SerializerOptions = new();

    private static readonly JsonWriterOptions IndentedOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Comments are allowed (hand-written core files); trailing commas are not.</summary>
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>A document written by <paramref name="write"/> in the writer's layout, ending with a newline.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, IndentedOptions))
            write(writer);
        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <summary>Writes a short list of strings on one line (<c>["$root", "#12"]</c>) inside an indented document.</summary>
    public static void WriteInlineStrings(Utf8JsonWriter writer, string name, IEnumerable<string> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var inline = new Utf8JsonWriter(buffer, CompactOptions))
        {
            inline.WriteStartArray();
            foreach (var item in items) inline.WriteStringValue(item);
            inline.WriteEndArray();
        }
        // Readability: a space after each comma, as a person would write it.
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        writer.WritePropertyName(name);
        writer.WriteRawValue(InlineSpacing(text), skipInputValidation: true);
    }

    /// <summary>Writes a MOO value in its JSON form.</summary>
    public static void WriteValue(Utf8JsonWriter writer, MooValue value) => ValueConverter.Write(writer, value, SerializerOptions);

    /// <summary>Parses a document; the caller disposes it.</summary>
    /// <exception cref="WorldFileException">The bytes are not valid JSON (the message names <paramref name="path"/> and the position).</exception>
    public static JsonDocument Parse(byte[] content, string path)
    {
        try
        {
            return JsonDocument.Parse(content, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new WorldFileException($"{path}: not valid JSON: {e.Message}");
        }
    }

    /// <summary>The MOO value of a JSON element.</summary>
    /// <exception cref="WorldFileException">The element is not a MOO value.</exception>
    public static MooValue ReadValue(JsonElement element, string where)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(element.GetRawText()), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            reader.Read();
            return ValueConverter.Read(ref reader, typeof(MooValue), SerializerOptions);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new WorldFileException($"{where}: not a MOO value: {e.Message}");
        }
    }

    /// <summary>Inserts a space after the commas between array items (never inside strings).</summary>
    private static string InlineSpacing(string json)
    {
        var result = new StringBuilder(json.Length + 8);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            result.Append(c);
            if (inString)
            {
                if (c == '\\') result.Append(json[++i]);
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c == ',') result.Append(' ');
        }
        return result.ToString();
    }
}
