using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>The named queries of <c>cypher/</c> over HTTP: list them, and run one with query-string parameters.</summary>
internal static class QueryEndpoints
{
    public static RouteGroupBuilder MapQueryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/queries").WithTags("Queries");
        group.MapGet("/", (QueryCatalog catalog) => TypedResults.Ok(catalog.Listed.OrderBy(q => q.Name).Select(QueryInfo.From)))
            .WithSummary("The named queries, with their parameters and columns");
        group.MapGet("/{name}", RunAsync).WithSummary("Run a named query; parameters come from the query string");
        return group;
    }

    private static async Task<Results<Ok<QueryResponse>, PushStreamHttpResult, ProblemHttpResult>> RunAsync(
        string name, HttpRequest request, QueryCatalog catalog, NamedQueryRunner runner, QueryArguments arguments, NetworkDatasetReader networks,
        CancellationToken cancellationToken)
    {
        if (!catalog.TryGetListed(name, out var query))
            return Problems.NotFound("query named", name, KnownIds.Nearest(name, catalog.Listed.Select(q => q.Name)), "nearestQueries");
        var raw = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var (parameters, errors) = QueryParameterBinder.Bind(query, raw);
        if (errors.Count > 0) return Problems.BadParameters([.. errors.Select(Sentence)]);
        // An id, dataset or wave that names nothing is the reader's typo, not an empty answer: say so, with what it may have meant.
        if (await arguments.CheckAsync(query, parameters, cancellationToken) is { } problem) return problem.ToProblem();
        // `network`'s one row does not fit a large dataset: the same JSON, streamed from the paged read (NetworkQueryJson).
        if (NetworkQueryJson.Answers(query, parameters, out var dataset))
        {
            var network = await networks.OpenAsync(dataset, cancellationToken);
            return TypedResults.Stream(body => NetworkQueryJson.WriteAsync(network, ByteSinks.ToStream(body), cancellationToken), "application/json; charset=utf-8");
        }
        var result = await runner.RunAsync(query, parameters, cancellationToken);
        return TypedResults.Ok(QueryResponse.From(query.Name, await QueryCitations.AddAsync(result, runner, catalog, cancellationToken)));
    }

    private static string Sentence(string error) => char.ToUpperInvariant(error[0]) + error[1..] + ".";
}

/// <summary>A named query as listed by the API.</summary>
internal sealed record QueryInfo(string Name, string Summary, IReadOnlyList<QueryParameterInfo> Parameters, IReadOnlyList<string> Columns)
{
    public static QueryInfo From(NamedQuery q) => new(
        q.Name, q.Summary,
        q.Parameters.Select(p => new QueryParameterInfo(
            p.Name, p.Type.ToString().ToLowerInvariant(), p.IsRequired, p.DefaultValue, p.Description, p.Range?.Min, p.Range?.Max)).ToList(),
        q.Columns);
}

/// <summary>A parameter as listed; <c>minimum</c>/<c>maximum</c> bound an int parameter (null: open), as in JSON Schema.</summary>
internal sealed record QueryParameterInfo(string Name, string Type, bool Required, object? Default, string Description, long? Minimum, long? Maximum);

/// <summary>A query result: the columns and one record (column → value) per row.</summary>
internal sealed record QueryResponse(string Query, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Records)
{
    public static QueryResponse From(string name, CypherResult result) => new(name, result.Columns, result.Records().ToList());
}
