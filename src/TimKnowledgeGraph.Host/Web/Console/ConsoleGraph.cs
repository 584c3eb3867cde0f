using System.Text.Json;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Graph;

namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>
/// A console result's nodes and relationships as Cytoscape.js elements, as Neo4j Browser draws them: each node captioned
/// by its name, title or id, coloured by its label, and a link to its page where it has one; each relationship labelled
/// by its type. Only what the drawing needs is kept (not every property), so a large result does not balloon the page.
/// </summary>
internal static class ConsoleGraph
{
    /// <summary>Captions longer than this are cut: the drawing shows a few words per node anyway.</summary>
    public const int MaxCaptionLength = 60;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The elements of <paramref name="graph"/>.</summary>
    public static GraphElements Build(CypherGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes.Select(n =>
        {
            var label = Label(n.Labels);
            return new GraphElement(new Dictionary<string, string?>
            {
                ["id"] = n.Id,
                ["label"] = Caption(n),
                ["kind"] = label,
                ["href"] = Href(n),
            });
        }).ToList();
        var edges = graph.Relationships.Select(r => new GraphElement(new Dictionary<string, string?>
        {
            ["id"] = "r" + r.Id,
            ["source"] = r.StartNodeId,
            ["target"] = r.EndNodeId,
            ["label"] = r.Type,
        })).ToList();
        return new GraphElements(nodes, edges);
    }

    /// <summary>
    /// The elements as JSON for a <c>&lt;script type="application/json"&gt;</c> block. The default encoder writes
    /// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c> and so on, so no property value can close the block.
    /// </summary>
    public static string ToJson(GraphElements elements) => JsonSerializer.Serialize(elements, Json);

    /// <summary>What a node is called: its name, title or id property, else its first label and server id.</summary>
    public static string Caption(CypherGraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var key in (string[])["name", "title", "id"])
        {
            if (node.Properties.GetValueOrDefault(key) is { } value && Text(value) is { Length: > 0 } text)
                return text.Length <= MaxCaptionLength ? text : text[..(MaxCaptionLength - 1)] + "…";
        }
        return $"{node.Labels.FirstOrDefault() ?? "node"} {node.Id}";
    }

    /// <summary>The node's page in the web UI, or null when nodes of its label have none.</summary>
    public static string? Href(CypherGraphNode node) =>
        PageLinks.For(Label(node.Labels), node.Properties.GetValueOrDefault("id") as string);

    // The label that decides colour and page: a known one of ours first (a node may carry several), else the first.
    private static string? Label(IReadOnlyList<string> labels) =>
        labels.FirstOrDefault(l => GraphSchema.Labels.Contains(l, StringComparer.Ordinal)) ?? labels.FirstOrDefault();

    private static string? Text(object value) => value switch
    {
        string s => s.Trim(),
        long or double or bool => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
