using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Api;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// The error of a command given a dataset id the graph does not have (<c>analyse</c>, <c>dynamics</c>,
/// <c>export network</c>): it names the datasets there are, those the API's 404 would suggest first (typos of what was
/// typed, then ids containing it: <see cref="KnownIds.Nearest"/>), then those what was typed contains, then the rest,
/// so that <c>timkg analyse florence</c> says to write <c>florence-1430</c> and <c>prefce-network</c> leads to
/// <c>preface-network</c> even when more datasets than are listed come before it in the alphabet.
/// </summary>
internal static class UnknownDataset
{
    private const int MaxListed = 20;

    public static async Task<string> MessageAsync(GraphSession session, string id, CancellationToken cancellationToken)
    {
        // The same internal query the API's 404s list ids with (ids-by-label), for datasets only.
        var result = await session.Get<NamedQueryRunner>().RunAsync(QueryCatalog.Embedded.Get("ids-by-label"),
            new Dictionary<string, object?> { ["labels"] = new List<string> { GraphSchema.Dataset } }, cancellationToken);
        return Message(id, [.. result.Rows.Select(r => r[0]).OfType<string>()]);
    }

    /// <summary>"no dataset with id 'florence' (datasets: florence-1430, preface-network)".</summary>
    public static string Message(string id, IReadOnlyList<string> datasets)
    {
        if (datasets.Count == 0)
            return $"no dataset with id '{id}': the graph has no network dataset (load content/ with `timkg load`, or import one with `timkg import`)";
        var ordered = KnownIds.Nearest(id, datasets)
            .Concat(datasets.Where(d => id.Contains(d, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            .Concat(datasets.Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var listed = string.Join(", ", ordered.Take(MaxListed)) + (ordered.Count > MaxListed ? $", … ({ordered.Count} in all)" : "");
        return $"no dataset with id '{id}' (datasets: {listed})";
    }
}
