using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.References;

/// <summary>One work: its bibliographic record and everything that rests on it (CITES, RAISED_IN, INTRODUCED_IN, FROM, DERIVED_FROM).</summary>
internal sealed class ReferenceModel(WebGraph graph) : WebPage
{
    /// <summary>The reference's properties.</summary>
    public Rec Reference { get; private set; } = new(new Dictionary<string, object?>());

    /// <summary>The reference formatted: citation, entries per style, BibTeX, CSL-JSON.</summary>
    public ReferenceFormats Formats { get; private set; } = null!;

    /// <summary>Direct links (authors, and the notes that cite it, were raised, introduced or derived in it).</summary>
    public IReadOnlyList<Rec> Links { get; private set; } = [];

    /// <summary>Evidence items drawn from it.</summary>
    public IReadOnlyList<Rec> Evidence { get; private set; } = [];

    /// <summary>Lineage steps it makes.</summary>
    public IReadOnlyList<Rec> Steps { get; private set; } = [];

    /// <summary>Reads the reference.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("References", "/references"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Reference), ("id", id)),
            PageQuery.Of("web-neighbourhood", ("label", GraphSchema.Reference), ("id", id)),
            PageQuery.Of("web-evidence-from", ("id", id)),
            PageQuery.Of("web-lineage-steps", ("id", id)),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers[0].First?.Map("node") is not { } node) return NotFoundPage($"No reference with key “{id}”");
        Reference = node;
        Bibliography = WebBibliography.From(answers[4]);
        Formats = ReferenceFormats.From(node, Bibliography);
        // The tab and breadcrumb name the work as a reader cites it; the heading gives the whole entry.
        Title = Formats.Citation.Plain;
        Crumbs.Add(new(Title));
        (Links, Evidence, Steps) = (answers[1].Rows, answers[2].Rows, answers[3].Rows);
        return Page();
    }

    /// <summary>Incoming links of one relationship type.</summary>
    public IReadOnlyList<Rec> Incoming(string relationship) =>
        [.. Links.Where(l => l.Str("relationship") == relationship && !l.Bool("outgoing"))];

    /// <summary>A link for the reference's URL or DOI; only http(s), so a crafted URL in an export cannot run script.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
