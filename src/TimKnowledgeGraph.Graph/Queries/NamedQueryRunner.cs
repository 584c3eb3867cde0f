using System.Globalization;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Runs a named query with bound parameters. A query with a <c>@split</c> asked for its whole answer (<c>parts</c> = 1,
/// the default) runs as its parts at once, one request each, and their rows are put together (<see cref="QueryParts"/>);
/// any other run is one statement. Optional parameters left out take the defaults their query's header declares.
/// Every surface (CLI, HTTP API, web pages) reads the graph through here.
/// </summary>
public sealed class NamedQueryRunner
{
    private readonly ICypherClient _client;
    private readonly QueryPlaces _places;

    /// <summary>The product's runner: at most <see cref="QueryPlaces.DefaultPlaces"/> requests in Neo4j at once.</summary>
    public NamedQueryRunner(ICypherClient client) : this(client, new QueryPlaces(QueryPlaces.DefaultPlaces, QueryPlaces.DefaultMaxWait))
    {
    }

    internal NamedQueryRunner(ICypherClient client, QueryPlaces places)
    {
        _client = client;
        _places = places;
    }

    /// <summary>Runs one query.</summary>
    public async Task<CypherResult> RunAsync(NamedQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        parameters = WithDefaults(query, parameters);
        if (query.Split is not { } split || !AsksForTheWhole(parameters)) return await RunOnceAsync(query, parameters, cancellationToken).ConfigureAwait(false);

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
                }, failed.Token).ConfigureAwait(false);
            }
            catch
            {
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }).ToList();
        // WhenAll reports the part that failed, not the cancellations that followed it.
        return QueryParts.Combine(query.Name, split, await Task.WhenAll(parts).ConfigureAwait(false));
    }

    /// <summary>
    /// Runs several queries, one result each, in the order given: those not split go to Neo4j together, in one
    /// transaction and one round trip (a page's queries then see one state of the graph); split ones run at the same
    /// time, each as its parts.
    /// </summary>
    public async Task<IReadOnlyList<CypherResult>> RunTogetherAsync(
        IReadOnlyList<QueryRun> runs, CancellationToken cancellationToken = default)
    {
        var split = new Dictionary<int, Task<CypherResult>>();
        var statements = new List<CypherStatement>();
        for (var i = 0; i < runs.Count; i++)
        {
            var (query, parameters) = (runs[i].Query, WithDefaults(runs[i].Query, runs[i].Parameters));
            if (query.Split is not null) split[i] = RunAsync(query, parameters, cancellationToken);
            else statements.Add(Statement(query, parameters));
        }
        var together = statements.Count == 0 ? [] : await _places.RunAsync(_client, statements, cancellationToken).ConfigureAwait(false);
        var results = new CypherResult[runs.Count];
        var next = 0;
        for (var i = 0; i < runs.Count; i++) results[i] = split.TryGetValue(i, out var part) ? await part.ConfigureAwait(false) : together[next++];
        return results;
    }

    /// <summary>The given parameters over the declared defaults of the optional ones.</summary>
    public static IReadOnlyDictionary<string, object?> WithDefaults(NamedQuery query, IReadOnlyDictionary<string, object?> given)
    {
        if (query.Parameters.All(p => p.IsRequired || given.ContainsKey(p.Name))) return given;
        var parameters = query.DefaultParameters();
        foreach (var (name, value) in given) parameters[name] = value;
        return parameters;
    }

    private static CypherStatement Statement(NamedQuery query, IReadOnlyDictionary<string, object?> parameters) =>
        new(query.Text, parameters) { IncludeStats = false };

    private static bool AsksForTheWhole(IReadOnlyDictionary<string, object?> parameters) =>
        !parameters.TryGetValue(QuerySplit.PartsParameter, out var parts) || parts is null || Convert.ToInt64(parts, CultureInfo.InvariantCulture) == 1;

    private async Task<CypherResult> RunOnceAsync(NamedQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        (await _places.RunAsync(_client, [Statement(query, parameters)], cancellationToken).ConfigureAwait(false))[0];
}

/// <summary>One query to run with its parameters (optional ones may be left out).</summary>
public sealed record QueryRun(NamedQuery Query, IReadOnlyDictionary<string, object?> Parameters)
{
    public QueryRun(NamedQuery query, params (string Name, object? Value)[] parameters)
        : this(query, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal))
    {
    }
}
