using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Graph;

/// <summary>A network dataset's actors and ties as graph elements; each tie is an edge labelled with its layer.</summary>
internal static class NetworkGraph
{
    /// <summary>Builds the elements from <c>web-ties</c> rows (actors without ties have no edge to show).</summary>
    public static GraphElements Build(IReadOnlyList<Rec> ties)
    {
        var nodes = new Dictionary<string, GraphElement>(StringComparer.Ordinal);
        var edges = new List<GraphElement>();
        var layers = ties.Select(t => t.Str("layer")).Distinct().ToList();
        foreach (var tie in ties)
        {
            var source = tie.Str("source")!;
            var target = tie.Str("target")!;
            nodes.TryAdd(source, Actor(source, tie.Str("sourceName")));
            nodes.TryAdd(target, Actor(target, tie.Str("targetName")));
            edges.Add(new GraphElement(new Dictionary<string, string?>
            {
                ["id"] = $"{source}|{target}|{tie.Str("layer")}",
                ["source"] = source,
                ["target"] = target,
                ["label"] = tie.Str("layerName") ?? tie.Str("layer"),
                // graph.js colours edges by layer from a fixed palette; the index keeps colours stable per page.
                ["layerIndex"] = layers.IndexOf(tie.Str("layer")).ToString(System.Globalization.CultureInfo.InvariantCulture),
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
