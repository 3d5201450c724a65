using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorMoo.LoadGen.Measurement;

/// <summary>The result of a run, printed as one JSON line so scripts can collect runs.</summary>
/// <param name="Connections">Players that logged in and ran commands.</param>
/// <param name="DurationSeconds">The measured window (warm-up excluded).</param>
/// <param name="Commands">Commands that started and finished inside the window.</param>
/// <param name="CommandsPerSecond">Throughput: <paramref name="Commands"/> / <paramref name="DurationSeconds"/>.</param>
/// <param name="P50Ms">Median command latency, send to prompt.</param>
/// <param name="P90Ms">90th percentile latency.</param>
/// <param name="P99Ms">99th percentile latency.</param>
/// <param name="Errors">Connections that failed: refused, login failed, closed or timed out.</param>
public sealed record LoadReport(
    [property: JsonPropertyName("connections")] int Connections,
    [property: JsonPropertyName("duration_s")] double DurationSeconds,
    [property: JsonPropertyName("commands")] int Commands,
    [property: JsonPropertyName("commands_per_s")] double CommandsPerSecond,
    [property: JsonPropertyName("p50_ms")] double P50Ms,
    [property: JsonPropertyName("p90_ms")] double P90Ms,
    [property: JsonPropertyName("p99_ms")] double P99Ms,
    [property: JsonPropertyName("errors")] int Errors)
{
    /// <summary>Names the tool in the line, so it can sit among the benchmark harness's lines.</summary>
    [JsonPropertyName("tool")]
    [JsonPropertyOrder(-1)]
    public string Tool => "loadgen";

    /// <summary>Builds the report from every connection's samples.</summary>
    public static LoadReport From(int connections, TimeSpan window, IEnumerable<LatencySamples> samples, int errors)
    {
        long[] sorted = LatencySamples.Merge(samples);
        double seconds = window.TotalSeconds;
        return new LoadReport(connections, Math.Round(seconds, 3), sorted.Length,
            Math.Round(seconds > 0 ? sorted.Length / seconds : 0, 1),
            Math.Round(LatencySamples.PercentileMs(sorted, 50), 3),
            Math.Round(LatencySamples.PercentileMs(sorted, 90), 3),
            Math.Round(LatencySamples.PercentileMs(sorted, 99), 3),
            errors);
    }

    /// <summary>The report as one line of JSON.</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this);
}
