using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorMoo.Scripting.Values;

/// <summary>
/// JSON form of <see cref="MooValue"/>, chosen to be readable in dumps and unambiguous:
/// <list type="bullet">
/// <item>nil → <c>null</c>; booleans and strings as themselves;</item>
/// <item>integers as numbers without a fraction (<c>42</c>); floats always with a fraction or
/// exponent (<c>42.0</c>), and non-finite floats as <c>{"$float":"NaN"}</c>;</item>
/// <item>objects as <c>{"$obj":123}</c>; lists as arrays;</item>
/// <item>maps as plain objects when every key is a string not starting with <c>$</c>
/// (<c>{"name":"box"}</c>), otherwise as <c>{"$map":[[key,value],…]}</c>.</item>
/// </list>
/// </summary>
public sealed class MooValueJsonConverter : JsonConverter<MooValue>
{
    private const string ObjectTag = "$obj";
    private const string FloatTag = "$float";
    private const string MapTag = "$map";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override MooValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return MooValue.Nil;
            case JsonTokenType.True: return MooValue.True;
            case JsonTokenType.False: return MooValue.False;
            case JsonTokenType.String: return MooValue.String(reader.GetString()!);
            case JsonTokenType.Number: return ReadNumber(ref reader);
            case JsonTokenType.StartArray:
            {
                var items = new List<MooValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(Read(ref reader, typeToConvert, options));
                return MooValue.List(items);
            }
            case JsonTokenType.StartObject: return ReadObject(ref reader, typeToConvert, options);
            default: throw new JsonException($"unexpected JSON token {reader.TokenType} for a MOO value");
        }
    }

    private static MooValue ReadNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        if (raw.AsSpan().IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetInt64(out var integer))
        {
            return MooValue.Integer(integer);
        }
        return MooValue.Float(reader.GetDouble());
    }

    private MooValue ReadObject(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var entries = new List<KeyValuePair<MooValue, MooValue>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case ObjectTag when entries.Count == 0:
                    var id = MooValue.Object(new ObjectId(reader.GetInt64()));
                    ExpectEnd(ref reader);
                    return id;
                case FloatTag when entries.Count == 0:
                    var f = MooValue.Float(double.Parse(reader.GetString()!, CultureInfo.InvariantCulture));
                    ExpectEnd(ref reader);
                    return f;
                case MapTag when entries.Count == 0:
                    var map = ReadPairs(ref reader, typeToConvert, options);
                    ExpectEnd(ref reader);
                    return map;
                default:
                    if (name.StartsWith('$')) throw new JsonException($"unknown tag '{name}' in a MOO value");
                    entries.Add(new(MooValue.String(name), Read(ref reader, typeToConvert, options)));
                    break;
            }
        }
        return MooValue.Map(entries);
    }

    private MooValue ReadPairs(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("$map must hold an array of [key, value] pairs");
        var entries = new List<KeyValuePair<MooValue, MooValue>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("$map entries must be [key, value] arrays");
            reader.Read();
            var key = Read(ref reader, typeToConvert, options);
            reader.Read();
            var value = Read(ref reader, typeToConvert, options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("$map entries must have exactly two elements");
            entries.Add(new(key, value));
        }
        try
        {
            return MooValue.Map(entries);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    private static void ExpectEnd(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject) throw new JsonException("a tagged MOO value must have exactly one property");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MooValue value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case MooValueKind.Nil: writer.WriteNullValue(); break;
            case MooValueKind.Boolean: writer.WriteBooleanValue(value.AsBoolean()); break;
            case MooValueKind.Integer: writer.WriteNumberValue(value.AsInteger()); break;
            case MooValueKind.Float: WriteFloat(writer, value.AsFloat()); break;
            case MooValueKind.String: writer.WriteStringValue(value.AsString()); break;
            case MooValueKind.Object:
                writer.WriteStartObject();
                writer.WriteNumber(ObjectTag, value.AsObject().Value);
                writer.WriteEndObject();
                break;
            case MooValueKind.List:
                writer.WriteStartArray();
                foreach (var item in value.AsList()) Write(writer, item, options);
                writer.WriteEndArray();
                break;
            case MooValueKind.Map: WriteMap(writer, value, options); break;
        }
    }

    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteStartObject();
            writer.WriteString(FloatTag, MooValue.FormatFloat(value));
            writer.WriteEndObject();
            return;
        }
        writer.WriteRawValue(MooValue.FormatFloat(value), skipInputValidation: true);
    }

    private void WriteMap(Utf8JsonWriter writer, MooValue value, JsonSerializerOptions options)
    {
        var map = value.AsMap();
        writer.WriteStartObject();
        if (map.Keys.All(k => k.Kind == MooValueKind.String && !k.AsString().StartsWith('$')))
        {
            foreach (var (key, item) in map)
            {
                writer.WritePropertyName(key.AsString());
                Write(writer, item, options);
            }
        }
        else
        {
            writer.WriteStartArray(MapTag);
            foreach (var (key, item) in map)
            {
                writer.WriteStartArray();
                Write(writer, key, options);
                Write(writer, item, options);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
