using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>Questions asked of one concept, by id.</summary>
public static class ConceptEndpoints
{
    public static RouteGroupBuilder MapConceptEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/concepts").WithTags("Concepts");
        group.MapGet("/{id}/lineage", LineageAsync).WithSummary("Ancestors and descendants of a concept, with the reference and year of each step");
        return group;
    }

    private static async Task<Results<Ok<QueryResponse>, NotFound<string>, ValidationProblem>> LineageAsync(
        string id, int? maxDepth, QueryCatalog catalog, ICypherClient client, CancellationToken cancellationToken)
    {
        var depth = maxDepth ?? 6;
        if (depth is < 1 or > 6)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["maxDepth"] = ["maxDepth must be between 1 and 6"] });
        var results = await client.RunAsync(
        [
            CypherStatement.Of("MATCH (c:Concept {id: $id}) RETURN c.name AS name", ("id", id)),
            new CypherStatement(catalog.Get("lineage").Text, new Dictionary<string, object?> { ["id"] = id, ["maxDepth"] = depth }) { IncludeStats = false },
        ], cancellationToken);
        if (results[0].Rows.Count == 0) return TypedResults.NotFound($"no concept with id '{id}'");
        return TypedResults.Ok(QueryResponse.From("lineage", results[1]));
    }
}
