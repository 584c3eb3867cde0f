using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Reads a concept's reading list through the named query <c>reading-list</c>, after <c>id-labels</c> has said the id
/// names a concept or proposition: both run together, in one transaction and one round trip.
/// </summary>
public sealed class ReadingListReader(NamedQueryRunner runner, QueryCatalog catalog)
{
    private static readonly string[] Listed = ["Concept", "Proposition"];

    /// <summary>
    /// The entries, or null when neither a concept nor a proposition has that id. <paramref name="maxDepth"/> left out
    /// takes the query's declared default.
    /// </summary>
    public async Task<IReadOnlyList<ReadingListEntry>?> ReadAsync(string conceptId, int? maxDepth = null, CancellationToken cancellationToken = default)
    {
        var list = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = conceptId };
        if (maxDepth is { } depth) list["maxDepth"] = depth;
        var results = await runner.RunTogetherAsync(
        [
            new QueryRun(catalog.Get("id-labels"), ("id", conceptId), ("labels", Listed)),
            new QueryRun(catalog.Get("reading-list"), list),
        ], cancellationToken).ConfigureAwait(false);
        if (results[0].Rows.Count == 0) return null;
        return RowBinder.BindAll<ReadingListEntry>(results[1].Records());
    }
}
