using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>
/// A canonical text dump of the whole graph (every node with labels and properties, every relationship with type,
/// end ids and properties, sorted), so two states can be compared for equality or diffed.
/// </summary>
public static class GraphDump
{
    public static async Task<string> TakeAsync(ICypherClient client, bool includeLoads = false)
    {
        var results = await client.RunAsync(
        [
            new CypherStatement("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props") { IncludeStats = false },
            new CypherStatement("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props") { IncludeStats = false },
        ]);
        var nodes = results[0].Rows
            .Where(r => includeLoads || !((IReadOnlyList<object?>)r[0]!).Contains("Load"))
            .Select(r => $"({string.Join(':', ((IReadOnlyList<object?>)r[0]!).Order())} {Canonical(r[1])})");
        var relationships = results[1].Rows.Select(r => $"({r[1]})-[:{r[0]} {Canonical(r[3])}]->({r[2]})");
        return string.Join('\n', nodes.Order(StringComparer.Ordinal).Concat(relationships.Order(StringComparer.Ordinal)));
    }

    private static string Canonical(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map =>
            "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Canonical(p.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Canonical)) + "]",
        _ => JsonSerializer.Serialize(value),
    };
}
