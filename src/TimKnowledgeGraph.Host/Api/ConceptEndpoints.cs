using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>Questions asked of one concept, by id.</summary>
internal static class ConceptEndpoints
{
    public static RouteGroupBuilder MapConceptEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/concepts").WithTags("Concepts");
        group.MapGet("/{id}/lineage", LineageAsync).WithSummary("Ancestors and descendants of a concept, with the reference and year of each step");
        return group;
    }

    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult>> LineageAsync(
        string id, string? maxDepth, QueryCatalog catalog, NamedQueryRunner runner, KnownIds ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        if (DepthParameter.TryAdd(catalog.Get("lineage"), maxDepth, parameters) is { } problem) return problem;
        if (!await ids.ExistsAsync(id, [GraphSchema.Concept], cancellationToken))
            return Problems.NotFound("concept with id", id, await ids.NearestAsync(id, [GraphSchema.Concept], cancellationToken), "nearestIds");
        return TypedResults.Ok(QueryResponse.From("lineage", await runner.RunAsync(catalog.Get("lineage"), parameters, cancellationToken)));
    }
}
