using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>One reference, formatted: JSON with every style, one style as text, BibTeX or CSL-JSON.</summary>
internal static class ReferenceEndpoints
{
    /// <summary>Maps <c>/api/references/{key}</c>, <c>{key}.bib</c> and <c>{key}.json</c>.</summary>
    public static RouteGroupBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/references").WithTags("References");
        group.MapGet("/{key}", GetAsync)
            .WithSummary("A reference: its citation and its entry in APA, Chicago author–date and Harvard; ?style=apa|chicago|harvard gives that entry as text");
        group.MapGet("/{key}.bib", BibTexAsync).WithSummary("The reference as BibTeX");
        group.MapGet("/{key}.json", CslJsonAsync).WithSummary("The reference as CSL-JSON (an array of one item)");
        return group;
    }

    private static async Task<IResult> GetAsync(string key, string? style, WebGraph graph, KnownIds ids, CancellationToken ct)
    {
        key = PageLinks.KeyFromRoute(key);
        var chosen = CitationStyles.Default;
        if (style is not null && !CitationStyles.TryParse(style, out chosen))
            return Problems.BadParameter("style", "must be apa, chicago or harvard", style);
        if (await ReferenceFormats.ReadAsync(graph, key, ct) is not { } reference) return await NotFoundAsync(key, ids, ct);
        if (style is not null) return TypedResults.Text(reference.Entry(chosen).Plain + "\n", "text/plain; charset=utf-8");
        var work = reference.Work;
        return TypedResults.Ok(new
        {
            id = work.Key,
            type = work.Type,
            title = work.Title,
            year = work.Year,
            authors = work.Authors.Select(a => a.DisplayName),
            container = work.Container,
            doi = work.Doi,
            url = work.Url,
            citation = reference.Citation.Plain,
            entries = CitationStyles.All.ToDictionary(CitationStyles.Code, s => reference.Entry(s).Plain),
            entriesHtml = CitationStyles.All.ToDictionary(CitationStyles.Code, s => reference.Entry(s).ToHtml()),
        });
    }

    private static async Task<IResult> BibTexAsync(string key, WebGraph graph, KnownIds ids, CancellationToken ct) =>
        await ReferenceFormats.ReadAsync(graph, key = PageLinks.KeyFromRoute(key), ct) is { } reference
            ? TypedResults.Text(reference.BibTex, "application/x-bibtex; charset=utf-8")
            : await NotFoundAsync(key, ids, ct);

    private static async Task<IResult> CslJsonAsync(string key, WebGraph graph, KnownIds ids, CancellationToken ct) =>
        await ReferenceFormats.ReadAsync(graph, key = PageLinks.KeyFromRoute(key), ct) is { } reference
            ? TypedResults.Text(reference.CslJson, "application/vnd.citationstyles.csl+json; charset=utf-8")
            : await NotFoundAsync(key, ids, ct);

    // "Did you mean storper1993?" for storpr1993, as every other 404 of the API says it.
    private static async Task<IResult> NotFoundAsync(string key, KnownIds ids, CancellationToken ct) =>
        Problems.NotFound("reference with citation key", key, await ids.NearestAsync(key, [GraphSchema.Reference], ct), "nearestIds");
}
