using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>The named queries of <c>cypher/</c> over HTTP: list them, and run one with query-string parameters.</summary>
public static class QueryEndpoints
{
    public static RouteGroupBuilder MapQueryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/queries").WithTags("Queries");
        group.MapGet("/", (QueryCatalog catalog) => TypedResults.Ok(catalog.All.OrderBy(q => q.Name).Select(QueryInfo.From)))
            .WithSummary("The named queries, with their parameters and columns");
        group.MapGet("/{name}", RunAsync).WithSummary("Run a named query; parameters come from the query string");
        return group;
    }

    private static async Task<Results<Ok<QueryResponse>, NotFound<string>, ValidationProblem>> RunAsync(
        string name, HttpRequest request, QueryCatalog catalog, NamedQueryRunner runner, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(name, out var query)) return TypedResults.NotFound($"no query named '{name}'");
        var raw = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var (parameters, errors) = QueryParameterBinder.Bind(query, raw);
        if (errors.Count > 0) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parameters"] = [.. errors] });
        return TypedResults.Ok(QueryResponse.From(query.Name, await runner.RunAsync(query, parameters, cancellationToken)));
    }
}

/// <summary>A named query as listed by the API.</summary>
public sealed record QueryInfo(string Name, string Summary, IReadOnlyList<QueryParameterInfo> Parameters, IReadOnlyList<string> Columns)
{
    public static QueryInfo From(NamedQuery q) => new(
        q.Name, q.Summary,
        q.Parameters.Select(p => new QueryParameterInfo(p.Name, p.Type.ToString().ToLowerInvariant(), p.IsRequired, p.DefaultValue, p.Description)).ToList(),
        q.Columns);
}

public sealed record QueryParameterInfo(string Name, string Type, bool Required, object? Default, string Description);

/// <summary>A query result: the columns and one record (column → value) per row.</summary>
public sealed record QueryResponse(string Query, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Records)
{
    public static QueryResponse From(string name, CypherResult result) => new(name, result.Columns, result.Records().ToList());
}
