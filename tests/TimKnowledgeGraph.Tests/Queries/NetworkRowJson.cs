using System.Text.Json.Nodes;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Compares answers of the `network` query written by Neo4j's row and by the paged read (NetworkQueryJson).</summary>
internal static class NetworkRowJson
{
    // Maps compared whatever the order of their keys (Neo4j's maps have none), an actor's layers as sets (the Cypher
    // lists them in the order of its relationships); every other list in order.
    public static JsonNode? Comparable(JsonNode? node, string? name = null) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Comparable(p.Value, p.Key)))),
        JsonArray a when name is "layers" or "listedLayers" && a.All(v => v is JsonValue) =>
            new JsonArray([.. a.Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal).Select(v => (JsonNode?)JsonValue.Create(v))]),
        JsonArray a => new JsonArray([.. a.Select(v => Comparable(v))]),
        _ => node?.DeepClone(),
    };
}
