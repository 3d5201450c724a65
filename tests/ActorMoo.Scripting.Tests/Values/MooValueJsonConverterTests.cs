using System.Text.Json;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Values;

public sealed class MooValueJsonConverterTests
{
    public static IEnumerable<object[]> Values() =>
    [
        [MooValue.Nil, "null"],
        [MooValue.True, "true"],
        [MooValue.Integer(-42), "-42"],
        [MooValue.Float(42), "42.0"],
        [MooValue.Float(0.1), "0.1"],
        [MooValue.Float(double.PositiveInfinity), "{\"$float\":\"Infinity\"}"],
        [MooValue.String("héllo"), "\"h\\u00E9llo\""],
        [MooValue.Object(new ObjectId(7)), "{\"$obj\":7}"],
        [MooValue.List(1, "a"), "[1,\"a\"]"],
        [MooValue.EmptyList, "[]"],
        [MooValue.Map([new("name", "box"), new("size", 3)]), "{\"name\":\"box\",\"size\":3}"],
        [MooValue.Map([new(1, "one"), new(new ObjectId(2), true)]), "{\"$map\":[[1,\"one\"],[{\"$obj\":2},true]]}"],
        [MooValue.Map([new("$obj", 1)]), "{\"$map\":[[\"$obj\",1]]}"],
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void Value_serializes_to_its_documented_form_and_back(MooValue value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value));
        Assert.Equal(value, JsonSerializer.Deserialize<MooValue>(json));
    }

    [Fact]
    public void NaN_round_trips()
    {
        var back = JsonSerializer.Deserialize<MooValue>(JsonSerializer.Serialize(MooValue.Float(double.NaN)));
        Assert.True(double.IsNaN(back.AsFloat()));
    }

    [Fact]
    public void Values_inside_records_serialize_as_properties()
    {
        var json = JsonSerializer.Serialize(new Holder(MooValue.List(1, 2.5)));
        Assert.Equal("{\"Value\":[1,2.5]}", json);
        Assert.Equal(new Holder(MooValue.List(1, 2.5)), JsonSerializer.Deserialize<Holder>(json));
    }

    [Fact]
    public void Unknown_tags_are_rejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MooValue>("{\"$what\":1}"));

    [Fact]
    public void Malformed_map_pairs_are_rejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MooValue>("{\"$map\":[[1]]}"));

    private sealed record Holder(MooValue Value);
}
