using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Graph;

/// <summary>A concept and the pages it links to directly, as graph elements.</summary>
internal static class ConceptGraph
{
    /// <summary>Builds the elements from the concept's properties and its <c>web-neighbourhood</c> rows; works are captioned as <paramref name="works"/> cites them.</summary>
    public static GraphElements Build(ConceptNode concept, IReadOnlyList<NeighbourRow> neighbourhood, Bibliography works)
    {
        var centre = concept.Id!;
        var nodes = new Dictionary<string, GraphElement>(StringComparer.Ordinal)
        {
            [centre] = Node(centre, concept.Name ?? centre, GraphSchema.Concept, centre: true),
        };
        var edges = new List<GraphElement>();
        foreach (var row in neighbourhood)
        {
            var other = row.Id;
            if (other is null || other == centre) continue;
            var caption = row.Label == GraphSchema.Reference ? Ui.Cite(works, other, row.Authors, row.Year) : row.Name ?? other;
            nodes.TryAdd(other, Node(other, caption, row.Label, centre: false));
            var (source, target) = row.Outgoing ? (centre, other) : (other, centre);
            edges.Add(new GraphElement(new Dictionary<string, string?>
            {
                ["id"] = $"{source}|{row.Relationship}|{target}|{edges.Count}",
                ["source"] = source,
                ["target"] = target,
                ["label"] = row.Relationship,
            }));
        }
        return new GraphElements([.. nodes.Values], edges);
    }

    private static GraphElement Node(string id, string name, string? label, bool centre) => new(new Dictionary<string, string?>
    {
        ["id"] = id,
        ["label"] = name,
        ["kind"] = centre ? "Centre" : label,
        ["href"] = PageLinks.For(label, id),
    });
}
