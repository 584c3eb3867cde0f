using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Graph;

/// <summary>A network dataset's actors and ties as graph elements; each tie is an edge labelled with its layer.</summary>
internal static class NetworkGraph
{
    /// <summary>Builds the elements from <c>web-ties</c> rows (actors without ties have no edge to show).</summary>
    public static GraphElements Build(IReadOnlyList<TieRow> ties)
    {
        var nodes = new Dictionary<string, GraphElement>(StringComparer.Ordinal);
        var edges = new List<GraphElement>();
        var layers = ties.Select(t => t.Layer).Distinct().ToList();
        foreach (var tie in ties)
        {
            var source = tie.Source!;
            var target = tie.Target!;
            nodes.TryAdd(source, Actor(source, tie.SourceName));
            nodes.TryAdd(target, Actor(target, tie.TargetName));
            edges.Add(new GraphElement(new Dictionary<string, string?>
            {
                ["id"] = $"{source}|{target}|{tie.Layer}",
                ["source"] = source,
                ["target"] = target,
                ["label"] = tie.LayerName ?? tie.Layer,
                // graph.js colours edges by layer from a fixed palette; the index keeps colours stable per page.
                ["layerIndex"] = layers.IndexOf(tie.Layer).ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
        }
        return new GraphElements([.. nodes.Values], edges);
    }

    private static GraphElement Actor(string id, string? name) => new(new Dictionary<string, string?>
    {
        ["id"] = id,
        ["label"] = name ?? id,
        ["kind"] = "Actor",
        ["href"] = PageLinks.Actor(id),
    });
}

/// <summary>One tie of a dataset (<c>web-ties</c>): its ends and layer.</summary>
[TimKnowledgeGraph.Graph.Queries.QueryRow("web-ties")]
internal sealed record TieRow(
    string? Source, string? SourceName, string? Target, string? TargetName, string? Layer, string? LayerName, string? Resource, string? Weight);
