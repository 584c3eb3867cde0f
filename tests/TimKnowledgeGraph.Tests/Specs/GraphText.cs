using System.Globalization;
using System.Text;
using System.Text.Json;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Tests.Specs;

/// <summary>
/// The compact text form of a load used by expected.txt: diagnostics as <c>file:line:col: severity code: message</c>,
/// nodes as <c>(Label id {key: value}) @file:line</c>, relationships as <c>(A a)-[:TYPE #key {..}]->(B b) @file:line</c>.
/// sourceFile/sourceLine are shown as the <c>@file:line</c> suffix rather than as properties.
/// </summary>
public static class GraphText
{
    public static IEnumerable<string> Diagnostics(ContentLoadResult result) => result.Diagnostics.Select(d => d.ToString());

    public static IEnumerable<string> Graph(ContentLoadResult result) =>
        result.Nodes.Select(Node).Concat(result.Relationships.Select(Relationship));

    public static string Node(GraphNode node) =>
        $"({node.Label} {node.Id}{Properties(node.Properties)}) @{node.Source.File}:{node.Source.Line}";

    public static string Relationship(GraphRelationship r)
    {
        var key = r.Key.Length == 0 ? "" : $" #{r.Key}";
        return $"({r.From.Label} {r.From.Id})-[:{r.Type}{key}{Properties(r.Properties)}]->({r.To.Label} {r.To.Id}) @{r.Source.File}:{r.Source.Line}";
    }

    private static string Properties(IReadOnlyDictionary<string, object?> properties)
    {
        var shown = properties
            .Where(p => p.Key is not (GraphSchema.SourceFileProperty or GraphSchema.SourceLineProperty))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}: {Value(p.Value)}")
            .ToList();
        return shown.Count == 0 ? "" : " {" + string.Join(", ", shown) + "}";
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, Json),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0.0", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => throw new InvalidOperationException($"Property value of type {value.GetType().Name} is not a plain graph value."),
    };

    // Keep non-ASCII letters readable in expected.txt (ø, é) instead of \u escapes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
