using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>A concept's reading list, as JSON rows or exported as BibTeX or CSL-JSON.</summary>
public static class ReadingListEndpoints
{
    /// <summary>Maps <c>/api/concepts/{id}/reading-list</c>, <c>.bib</c> and <c>.json</c>.</summary>
    public static RouteGroupBuilder MapReadingListEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/concepts").WithTags("Concepts");
        group.MapGet("/{id}/reading-list", ListAsync)
            .WithSummary("References behind a concept's lineage, critiques, evidence and citations, with why each is listed");
        group.MapGet("/{id}/reading-list.bib", BibTexAsync).WithSummary("The reading list as BibTeX");
        group.MapGet("/{id}/reading-list.json", CslJsonAsync).WithSummary("The reading list as CSL-JSON");
        return group;
    }

    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult, ValidationProblem>> ListAsync(
        string id, int? maxDepth, QueryCatalog catalog, ICypherClient client, CancellationToken ct)
    {
        if (CheckDepth(maxDepth) is { } problem) return problem;
        var results = await client.RunAsync(
        [
            CypherStatement.Of("MATCH (c) WHERE c.id = $id AND (c:Concept OR c:Proposition) RETURN count(c) AS n", ("id", id)),
            new CypherStatement(catalog.Get("reading-list").Text, new Dictionary<string, object?> { ["id"] = id, ["maxDepth"] = (long)(maxDepth ?? 6) }) { IncludeStats = false },
        ], ct);
        if (results[0].Rows is [[long n]] && n == 0) return await NotFoundAsync(client, id, ct);
        return TypedResults.Ok(QueryResponse.From("reading-list", results[1]));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> BibTexAsync(
        string id, int? maxDepth, QueryCatalog catalog, ICypherClient client, CancellationToken ct)
    {
        if (CheckDepth(maxDepth) is { } problem) return problem;
        var entries = await new ReadingListReader(client, catalog).ReadAsync(id, maxDepth ?? 6, ct);
        if (entries is null) return await NotFoundAsync(client, id, ct);
        return TypedResults.Text(BibTexWriter.Write(entries), "application/x-bibtex; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> CslJsonAsync(
        string id, int? maxDepth, QueryCatalog catalog, ICypherClient client, CancellationToken ct)
    {
        if (CheckDepth(maxDepth) is { } problem) return problem;
        var entries = await new ReadingListReader(client, catalog).ReadAsync(id, maxDepth ?? 6, ct);
        if (entries is null) return await NotFoundAsync(client, id, ct);
        return TypedResults.Text(CslJsonWriter.Write(entries), "application/vnd.citationstyles.csl+json; charset=utf-8");
    }

    // Reading lists exist for concepts and propositions; a typo gets the nearest of their ids.
    private static async Task<ProblemHttpResult> NotFoundAsync(ICypherClient client, string id, CancellationToken ct) =>
        Problems.NotFound("concept or proposition with id", id,
            await KnownIds.MissingAsync(client, id, [TimKnowledgeGraph.Domain.GraphModel.GraphSchema.Concept, TimKnowledgeGraph.Domain.GraphModel.GraphSchema.Proposition], ct) ?? [],
            "nearestIds");

    private static ValidationProblem? CheckDepth(int? maxDepth) => maxDepth is < 1 or > 6
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["maxDepth"] = ["maxDepth must be between 1 and 6"] })
        : null;
}
