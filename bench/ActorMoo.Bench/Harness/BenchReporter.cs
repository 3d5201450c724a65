using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorMoo.Bench.Harness;

/// <summary>One measured figure. <see cref="Ratio"/> is value / baseline when there is a baseline.</summary>
public sealed record BenchResult(
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("baseline")] double? Baseline)
{
    /// <summary>value / baseline, rounded to three decimals; null without a baseline.</summary>
    [JsonPropertyName("ratio")]
    public double? Ratio => Baseline is > 0 ? Math.Round(Value / Baseline.Value, 3) : null;
}

/// <summary>Writes one JSON object per line, as DESIGN §9 fixes: suite, name, value, unit, baseline, ratio.</summary>
public sealed class BenchReporter(TextWriter output)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes <paramref name="result"/> as one line and flushes, so partial runs still leave figures.</summary>
    public void Write(BenchResult result)
    {
        output.WriteLine(JsonSerializer.Serialize(result, Options));
        output.Flush();
    }
}
