using System.Text.Json.Nodes;

namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Turns the JSON of an old event or snapshot version into the JSON of a newer version, so rows
/// written years ago still replay after the type changed. Upcasters chain: v1 → v2 → v3.
/// </summary>
/// <param name="FromManifest">The old manifest this upcaster reads (no longer registered as a type).</param>
/// <param name="ToManifest">The manifest of the JSON it produces: a registered type or another upcaster's input.</param>
/// <param name="Upcast">
/// The transformation. It receives a freshly parsed node it may mutate and returns the new node.
/// </param>
public sealed record JsonUpcaster(string FromManifest, string ToManifest, Func<JsonNode, JsonNode> Upcast);
