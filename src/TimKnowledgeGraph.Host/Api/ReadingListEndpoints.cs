using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>A concept's reading list, as JSON rows or exported as BibTeX or CSL-JSON.</summary>
internal static class ReadingListEndpoints
{
    // Reading lists exist for concepts and propositions; a typo gets the nearest of their ids.
    private static readonly string[] Listed = [GraphSchema.Concept, GraphSchema.Proposition];

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

    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult>> ListAsync(
        string id, string? maxDepth, QueryCatalog catalog, NamedQueryRunner runner, KnownIds ids, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        if (DepthParameter.TryAdd(catalog.Get("reading-list"), maxDepth, parameters) is { } problem) return problem;
        if (!await ids.ExistsAsync(id, Listed, ct)) return await NotFoundAsync(ids, id, ct);
        return TypedResults.Ok(QueryResponse.From("reading-list", await runner.RunAsync(catalog.Get("reading-list"), parameters, ct)));
    }

    private static Task<Results<ContentHttpResult, ProblemHttpResult>> BibTexAsync(
        string id, string? maxDepth, QueryCatalog catalog, ReadingListReader reader, KnownIds ids, CancellationToken ct) =>
        ExportAsync(id, maxDepth, catalog, reader, ids, entries => TypedResults.Text(BibTexWriter.Write(entries), "application/x-bibtex; charset=utf-8"), ct);

    private static Task<Results<ContentHttpResult, ProblemHttpResult>> CslJsonAsync(
        string id, string? maxDepth, QueryCatalog catalog, ReadingListReader reader, KnownIds ids, CancellationToken ct) =>
        ExportAsync(id, maxDepth, catalog, reader, ids,
            entries => TypedResults.Text(CslJsonWriter.Write(entries), "application/vnd.citationstyles.csl+json; charset=utf-8"), ct);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(
        string id, string? maxDepth, QueryCatalog catalog, ReadingListReader reader, KnownIds ids, Func<IReadOnlyList<ReadingListEntry>, ContentHttpResult> write,
        CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?>();
        if (DepthParameter.TryAdd(catalog.Get("reading-list"), maxDepth, parameters) is { } problem) return problem;
        // The reader's own default depth is the query's (6); a given one is passed on.
        var entries = parameters.TryGetValue("maxDepth", out var depth)
            ? await reader.ReadAsync(id, (int)(long)depth!, ct)
            : await reader.ReadAsync(id, cancellationToken: ct);
        if (entries is null) return await NotFoundAsync(ids, id, ct);
        return write(entries);
    }

    private static async Task<ProblemHttpResult> NotFoundAsync(KnownIds ids, string id, CancellationToken ct) =>
        Problems.NotFound("concept or proposition with id", id, await ids.NearestAsync(id, Listed, ct), "nearestIds");
}
