using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// What a write that got past the read-only guard would change: every node and relationship with its labels, type and
/// properties, the users (<c>dbms.security.listUsers</c>, which a rollback does not protect), the indexes and constraints.
/// Records compare by value, so <c>Assert.Equal(before, after)</c> shows what changed.
/// </summary>
internal sealed record GuardedState(string Nodes, string Relationships, string Users, string Indexes, string Constraints)
{
    public static async Task<GuardedState> ReadAsync(ICypherClient client)
    {
        var results = await client.RunAsync(
        [
            new CypherStatement("MATCH (n) RETURN id(n), labels(n), properties(n) ORDER BY id(n)"),
            new CypherStatement("MATCH (a)-[r]->(b) RETURN id(r), type(r), properties(r), id(a), id(b) ORDER BY id(r)"),
            new CypherStatement("CALL dbms.security.listUsers() YIELD username RETURN username ORDER BY username"),
            new CypherStatement("CALL db.indexes() YIELD description RETURN description ORDER BY description"),
            new CypherStatement("CALL db.constraints() YIELD description RETURN description ORDER BY description"),
        ]);
        // Property maps come back as dictionaries; sorted keys make the text independent of their order.
        static object? Sorted(object? v) => v switch
        {
            string s => s,
            IReadOnlyDictionary<string, object?> map => map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new object?[] { p.Key, Sorted(p.Value) }).ToList(),
            IEnumerable<object?> list => list.Select(Sorted).ToList(),
            _ => v,
        };
        static string Text(CypherResult r) => JsonSerializer.Serialize(r.Rows.Select(row => row.Select(Sorted).ToList()));
        return new GuardedState(Text(results[0]), Text(results[1]), Text(results[2]), Text(results[3]), Text(results[4]));
    }
}
