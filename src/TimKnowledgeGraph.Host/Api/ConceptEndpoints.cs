using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Domain.GraphModel;
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

    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult>> LineageAsync(
        string id, string? maxDepth, QueryCatalog catalog, ICypherClient client, CancellationToken cancellationToken)
    {
        // Read as text so a bad value gets a sentence of ours, not the framework's bare 400.
        var depth = 6;
        if (maxDepth is not null && (!int.TryParse(maxDepth, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out depth) || depth is < 1 or > 6))
            return Problems.BadParameter("maxDepth", "must be a whole number from 1 to 6", maxDepth);
        var results = await client.RunAsync(
        [
            CypherStatement.Of("MATCH (c:Concept {id: $id}) RETURN c.name AS name", ("id", id)),
            new CypherStatement(catalog.Get("lineage").Text, new Dictionary<string, object?> { ["id"] = id, ["maxDepth"] = depth }) { IncludeStats = false },
        ], cancellationToken);
        if (results[0].Rows.Count == 0)
            return Problems.NotFound("concept with id", id, await KnownIds.MissingAsync(client, id, [GraphSchema.Concept], cancellationToken) ?? [], "nearestIds");
        return TypedResults.Ok(QueryResponse.From("lineage", results[1]));
    }
}
