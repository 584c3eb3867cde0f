using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>Reads a concept's reading list through the named query <c>reading-list</c>.</summary>
public sealed class ReadingListReader(ICypherClient client, QueryCatalog catalog)
{
    /// <summary>The entries, or null when neither a concept nor a proposition has that id.</summary>
    public async Task<IReadOnlyList<ReadingListEntry>?> ReadAsync(string conceptId, int maxDepth = 6, CancellationToken cancellationToken = default)
    {
        var results = await client.RunAsync(
        [
            CypherStatement.Of("MATCH (c) WHERE c.id = $id AND (c:Concept OR c:Proposition) RETURN count(c) AS n", ("id", conceptId)),
            new CypherStatement(catalog.Get("reading-list").Text, new Dictionary<string, object?> { ["id"] = conceptId, ["maxDepth"] = maxDepth }) { IncludeStats = false },
        ], cancellationToken).ConfigureAwait(false);
        if (results[0].Rows is [[long n]] && n == 0) return null;
        return results[1].Records().Select(ReadingListEntry.FromRecord).ToList();
    }
}
