using TimKnowledgeGraph.Domain.Citations;
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

    private static async Task<IResult> GetAsync(string key, string? style, WebGraph graph, CancellationToken ct)
    {
        var chosen = CitationStyles.Default;
        if (style is not null && !CitationStyles.TryParse(style, out chosen))
            return Problems.BadParameter("style", "must be apa, chicago or harvard", style);
        if (await ReferenceFormats.ReadAsync(graph, key, ct) is not { } reference) return NotFound(key);
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

    private static async Task<IResult> BibTexAsync(string key, WebGraph graph, CancellationToken ct) =>
        await ReferenceFormats.ReadAsync(graph, key, ct) is { } reference
            ? TypedResults.Text(reference.BibTex, "application/x-bibtex; charset=utf-8")
            : NotFound(key);

    private static async Task<IResult> CslJsonAsync(string key, WebGraph graph, CancellationToken ct) =>
        await ReferenceFormats.ReadAsync(graph, key, ct) is { } reference
            ? TypedResults.Text(reference.CslJson, "application/vnd.citationstyles.csl+json; charset=utf-8")
            : NotFound(key);

    private static IResult NotFound(string key) => Problems.NotFound("reference with citation key", key, [], "nearestIds");
}
