using System.Globalization;
using TimKnowledgeGraph.Graph.Cypher;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Runs a named query with bound parameters. A query with a <c>@split</c> asked for its whole answer (<c>parts</c> = 1,
/// the default) runs as its parts at once, one request each, and their rows are put together (<see cref="QueryParts"/>);
/// any other run is one statement. Every surface (CLI, HTTP API, web pages) runs named queries through here.
/// </summary>
public sealed class NamedQueryRunner(ICypherClient client)
{
    public async Task<CypherResult> RunAsync(NamedQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        if (query.Split is not { } split || !AsksForTheWhole(parameters)) return await RunOnceAsync(query, parameters, cancellationToken);

        // A failed part cancels the others: their answer is of no use without it.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parts = Enumerable.Range(0, split.Parts).Select(async part =>
        {
            try
            {
                return await RunOnceAsync(query, new Dictionary<string, object?>(parameters, StringComparer.Ordinal)
                {
                    [QuerySplit.PartParameter] = (long)part,
                    [QuerySplit.PartsParameter] = (long)split.Parts,
                }, failed.Token);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }).ToList();
        // WhenAll reports the part that failed, not the cancellations that followed it.
        return QueryParts.Combine(query.Name, split, await Task.WhenAll(parts));
    }

    private static bool AsksForTheWhole(IReadOnlyDictionary<string, object?> parameters) =>
        !parameters.TryGetValue(QuerySplit.PartsParameter, out var parts) || parts is null || Convert.ToInt64(parts, CultureInfo.InvariantCulture) == 1;

    private async Task<CypherResult> RunOnceAsync(NamedQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        (await client.RunAsync([new CypherStatement(query.Text, parameters) { IncludeStats = false }], cancellationToken))[0];
}
