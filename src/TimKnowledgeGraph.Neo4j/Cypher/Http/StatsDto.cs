using System.Text.Json.Serialization;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary><c>stats</c> of one statement, as Neo4j spells it.</summary>
internal sealed class StatsDto
{
    [JsonPropertyName("contains_updates")] public bool ContainsUpdates { get; set; }
    [JsonPropertyName("nodes_created")] public long NodesCreated { get; set; }
    [JsonPropertyName("nodes_deleted")] public long NodesDeleted { get; set; }
    [JsonPropertyName("properties_set")] public long PropertiesSet { get; set; }
    [JsonPropertyName("relationships_created")] public long RelationshipsCreated { get; set; }

    // Neo4j (3.1 to 5.x) really writes "relationship_deleted", singular; accept the regular spelling too.
    [JsonPropertyName("relationship_deleted")] public long RelationshipDeleted { get; set; }
    [JsonPropertyName("relationships_deleted")] public long RelationshipsDeleted { get; set; }

    [JsonPropertyName("labels_added")] public long LabelsAdded { get; set; }
    [JsonPropertyName("labels_removed")] public long LabelsRemoved { get; set; }
    [JsonPropertyName("indexes_added")] public long IndexesAdded { get; set; }
    [JsonPropertyName("indexes_removed")] public long IndexesRemoved { get; set; }
    [JsonPropertyName("constraints_added")] public long ConstraintsAdded { get; set; }
    [JsonPropertyName("constraints_removed")] public long ConstraintsRemoved { get; set; }

    public CypherStats ToStats() => new(
        ContainsUpdates, NodesCreated, NodesDeleted, RelationshipsCreated, Math.Max(RelationshipDeleted, RelationshipsDeleted),
        PropertiesSet, LabelsAdded, LabelsRemoved, IndexesAdded, IndexesRemoved, ConstraintsAdded, ConstraintsRemoved);
}
