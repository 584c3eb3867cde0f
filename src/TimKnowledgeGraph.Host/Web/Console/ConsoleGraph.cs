using System.Text.Json;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Output;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Graph;

namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>
/// A console result's nodes and relationships as Cytoscape.js elements, as Neo4j Browser draws them: each node captioned
/// by its name, title or id, coloured by its label, and a link to its page where it has one; each relationship labelled
/// by its type. Only what the drawing needs is kept (not every property), and every text is bounded: captions, labels and
/// types are cut to <see cref="MaxCaptionLength"/>, and only ids of a length our content writes are linked. With at most
/// 300 nodes and 1,000 relationships (<see cref="CypherRowLimit"/>), the drawing and its list stay a few hundred kilobytes
/// for ids of ordinary length, and under about 12 MB if every node's id were 2,001 characters of non-Latin script (9
/// characters each once percent-encoded), whatever the graph holds.
/// </summary>
internal static class ConsoleGraph
{
    /// <summary>Captions, labels and types longer than this are cut: the drawing shows a few words per node anyway.</summary>
    public const int MaxCaptionLength = 60;

    /// <summary>
    /// The longest id linked to its page: an actor's, <c>dataset/actor</c>, each part at most the 1,000 characters the
    /// content's validation allows an id (TKG090). Our content writes no longer id, and a longer one (written by another
    /// client) would be a long link twice per node.
    /// </summary>
    public const int MaxLinkedIdLength = 2 * 1_000 + 1;

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
                ["kind"] = label is null ? null : Short(label),
                ["href"] = Href(n),
            });
        }).ToList();
        var edges = graph.Relationships.Select(r => new GraphElement(new Dictionary<string, string?>
        {
            ["id"] = "r" + r.Id,
            ["source"] = r.StartNodeId,
            ["target"] = r.EndNodeId,
            ["label"] = Type(r),
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
            if (node.Properties.GetValueOrDefault(key) is { } value && Text(value) is { Length: > 0 } text) return Short(text);
        }
        return Short($"{node.Labels.FirstOrDefault() ?? "node"} {node.Id}");
    }

    /// <summary>The node's labels as the list shows them, <c>Concept:Seed</c>.</summary>
    public static string Labels(CypherGraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Short(string.Join(":", node.Labels));
    }

    /// <summary>The relationship's type.</summary>
    public static string Type(CypherGraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return Short(relationship.Type);
    }

    /// <summary>The node's page in the web UI, or null when nodes of its label have none.</summary>
    public static string? Href(CypherGraphNode node) =>
        node.Properties.GetValueOrDefault("id") is string { Length: <= MaxLinkedIdLength } id ? PageLinks.For(Label(node.Labels), id) : null;

    private static string Short(string text) =>
        text.Length <= MaxCaptionLength ? text : CutText.Prefix(text, MaxCaptionLength - 1) + "…";

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
