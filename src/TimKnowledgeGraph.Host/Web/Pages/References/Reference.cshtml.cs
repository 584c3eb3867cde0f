using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Pages.References;

/// <summary>One work: its bibliographic record and everything that rests on it (CITES, RAISED_IN, INTRODUCED_IN, FROM, DERIVED_FROM).</summary>
internal sealed class ReferenceModel(WebGraph graph) : WebPage
{
    /// <summary>The reference's properties.</summary>
    public ReferenceNode Reference { get; private set; } = null!;

    /// <summary>The reference formatted: citation, entries per style, BibTeX, CSL-JSON.</summary>
    public ReferenceFormats Formats { get; private set; } = null!;

    /// <summary>Direct links (authors, and the notes that cite it, were raised, introduced or derived in it).</summary>
    public IReadOnlyList<NeighbourRow> Links { get; private set; } = [];

    /// <summary>Evidence items drawn from it.</summary>
    public IReadOnlyList<EvidenceFromRow> Evidence { get; private set; } = [];

    /// <summary>Lineage steps it makes.</summary>
    public IReadOnlyList<StepRow> Steps { get; private set; } = [];

    /// <summary>Reads the reference.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        id = PageLinks.KeyFromRoute(id);
        Crumbs.Add(new("References", "/references"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Reference), ("id", id)),
            PageQuery.Of("web-neighbourhood", ("label", GraphSchema.Reference), ("id", id)),
            PageQuery.Of("web-evidence-from", ("id", id)),
            PageQuery.Of("web-lineage-steps", ("id", id)),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers.Of("web-node").As<ReferenceNodeRow>() is not [{ Node: { } node }]) return await NotFoundPageAsync($"No reference with key “{id}”", GraphSchema.Reference, id, cancellationToken);
        Reference = node;
        Bibliography = WebBibliography.From(answers.Of(WebBibliography.Query.Name));
        Formats = ReferenceFormats.From(node, Bibliography);
        // The tab and breadcrumb name the work as a reader cites it; the heading gives the whole entry.
        Title = Formats.Citation.Plain;
        Crumbs.Add(new(Title));
        (Links, Evidence, Steps) =
            (answers.Of("web-neighbourhood").As<NeighbourRow>(), answers.Of("web-evidence-from").As<EvidenceFromRow>(), answers.Of("web-lineage-steps").As<StepRow>());
        return Page();
    }

    /// <summary>Incoming links of one relationship type.</summary>
    public IReadOnlyList<NeighbourRow> Incoming(string relationship) =>
        [.. Links.Where(l => l.Relationship == relationship && !l.Outgoing)];

    /// <summary>A link for the reference's URL or DOI; only http(s), so a crafted URL in an export cannot run script.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}

/// <summary>A lineage step the work grounds (<c>web-lineage-steps</c>).</summary>
[QueryRow("web-lineage-steps")]
internal sealed record StepRow(string? FromId, string? FromLabel, string? FromName, string? ToId, string? ToName, string? Locator);
