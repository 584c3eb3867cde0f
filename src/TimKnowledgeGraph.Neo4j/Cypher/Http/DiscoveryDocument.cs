using System.Text.Json.Serialization;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>
/// The fields we use from <c>GET /</c> (4.x/5.x: <c>transaction</c>, <c>neo4j_version</c>; 3.x: only <c>data</c>)
/// and from 3.x <c>GET /db/data/</c> (<c>transaction</c>, <c>neo4j_version</c>).
/// </summary>
internal sealed class DiscoveryDocument
{
    [JsonPropertyName("transaction")] public string? Transaction { get; set; }
    [JsonPropertyName("neo4j_version")] public string? Neo4jVersion { get; set; }
    [JsonPropertyName("neo4j_edition")] public string? Neo4jEdition { get; set; }
    [JsonPropertyName("data")] public string? Data { get; set; }
}
