using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// Whether an id names a node, and if not, the known ids nearest to it (Levenshtein), for 404s that help:
/// "No concept 'lerning-region'. Did you mean learning-region?".
/// </summary>
public static class KnownIds
{
    /// <summary>How many near ids a 404 names at most.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>The labels a named query's <c>id</c> parameter can name (as each query's header says).</summary>
    public static IReadOnlyList<string> LabelsForQuery(string query) => query switch
    {
        "concept" => [GraphSchema.Concept],
        "lineage" or "reading-list" => [GraphSchema.Concept, GraphSchema.Proposition],
        "critiques" or "evidence-balance" => [GraphSchema.Concept, GraphSchema.Proposition, GraphSchema.Critique],
        _ => [GraphSchema.Concept, GraphSchema.Proposition, GraphSchema.Critique, GraphSchema.Reference, GraphSchema.Author, GraphSchema.Dataset],
    };

    /// <summary>Null when <paramref name="id"/> is the id of a node with one of <paramref name="labels"/>, else the nearest known ids.</summary>
    public static async Task<IReadOnlyList<string>?> MissingAsync(ICypherClient client, string id, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        // Labels come from GraphSchema (fixed vocabulary), never from the request; the id travels as a parameter.
        var found = await client.RunAsync(
            [.. labels.Where(GraphSchema.IsLabel).Select(l => new CypherStatement($"MATCH (n:{l} {{id: $id}}) RETURN n.id LIMIT 1",
                new Dictionary<string, object?> { ["id"] = id }) { IncludeStats = false })],
            cancellationToken);
        if (found.Any(r => r.Rows.Count > 0)) return null;
        var all = await client.RunAsync(
            [.. labels.Where(GraphSchema.IsLabel).Select(l => new CypherStatement($"MATCH (n:{l}) RETURN n.id") { IncludeStats = false })],
            cancellationToken);
        return Nearest(id, all.SelectMany(r => r.Rows).Select(row => row[0] as string).OfType<string>());
    }

    /// <summary>Up to <see cref="MaxSuggestions"/> candidates close enough to be a typo of <paramref name="value"/>, nearest first.</summary>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates)
    {
        if (value.Length > 200) return []; // not a typo of an id; and keeps the work bounded
        var limit = Math.Max(2, value.Length / 3);
        return
        [
            .. candidates.Distinct(StringComparer.Ordinal)
                .Where(c => Math.Abs(c.Length - value.Length) <= limit)
                .Select(c => (Id: c, Distance: EditDistance.Between(value, c)))
                .Where(c => c.Distance <= limit)
                .OrderBy(c => c.Distance).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(MaxSuggestions)
                .Select(c => c.Id),
        ];
    }
}
