namespace TimKnowledgeGraph.Domain.GraphModel;

/// <summary>
/// Every declared property, by label and by relationship type: the network side (NetworkShapes.cs) and the content
/// nodes GraphMapper writes. Properties written by analyses (measures) are declared where they are written
/// (Graph.Analyses.MeasureProperties) and not repeated here.
/// </summary>
internal static class Shapes
{
    // The ground a typed link keeps (GraphMapper.Ground), and what CITES / RESPONDS_TO / CiTO links add to it.
    private static readonly IReadOnlyList<string> Ground = ["ref", "locator", "quote", "how", "cito", "position"];

    // Content nodes: the properties GraphMapper gives them (plus provenance).
    /// <summary>Properties by node label.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NodeProperties { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [ActorShape.Label] = ActorShape.Properties,
            [NetworkShape.Label] = NetworkShape.Properties,
            [DatasetShape.Label] = DatasetShape.Properties,
            [RegionShape.Label] = RegionShape.Properties,
            // A reference's fields are declared once, by the shape every reader binds to (Citations.CitedWork).
            [GraphSchema.Reference] = [.. Citations.CitedWork.Columns, .. CommonProperties.Provenance],
            [GraphSchema.Author] = [CommonProperties.Id, "name", "family", "given", .. CommonProperties.Provenance],
            [GraphSchema.Concept] = [CommonProperties.Id, "name", "kind", "aliases", "summary", "year", "body", "tags", CommonProperties.ImportedBy, .. CommonProperties.Provenance],
            [GraphSchema.Proposition] = [CommonProperties.Id, "number", "text", "body", "tags", .. CommonProperties.Provenance],
            [GraphSchema.Critique] = [CommonProperties.Id, "name", "summary", "body", "tags", .. CommonProperties.Provenance],
            [GraphSchema.Evidence] = [CommonProperties.Id, "stance", "quote", "locator", .. CommonProperties.Provenance],
            [GraphSchema.Load] =
            [
                CommonProperties.Id, "at", "toolVersion", "mode", "files", "hashes", "nodes", "relationships", "nodesCreated", "nodesUpdated",
                "nodesDeleted", "relationshipsCreated", "relationshipsUpdated", "relationshipsDeleted",
                // A later load that began writing and has not committed: when and which process (LoadAttempt).
                "attemptAt", "attemptBy",
            ],
        };

    /// <summary>Properties by relationship type; types not listed carry the ground of a typed link.</summary>
    public static IReadOnlyList<string> RelationshipProperties(string type) => type switch
    {
        TieShape.Type => TieShape.Properties,
        ParticipatesInShape.Type => ParticipatesInShape.Properties,
        LocatedInShape.Type => LocatedInShape.Properties,
        ContainsShape.Type => ContainsShape.Properties,
        _ => [CommonProperties.Key, .. Ground, .. CommonProperties.Provenance],
    };
}
