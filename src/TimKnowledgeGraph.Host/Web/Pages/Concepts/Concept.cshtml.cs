using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;
using TimKnowledgeGraph.Host.Web.Graph;

namespace TimKnowledgeGraph.Host.Web.Pages.Concepts;

/// <summary>
/// One concept: its note, lineage, critiques (direct and inherited), evidence balance, reading list, links and backlinks.
/// Everything is read in one transaction; sections whose named query the build lacks say so.
/// </summary>
internal sealed class ConceptModel(WebGraph graph) : WebPage
{
    /// <summary>The concept's properties.</summary>
    public ConceptNode Concept { get; private set; } = null!;

    /// <summary>The rendered note body (safe HTML).</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>Direct links to other pages (web-neighbourhood).</summary>
    public IReadOnlyList<NeighbourRow> Links { get; private set; } = [];

    /// <summary>The <c>lineage</c> query.</summary>
    public PageAnswer<LineageRow> Lineage { get; private set; } = null!;

    /// <summary>The concepts' own years by id (<c>web-concepts</c>), for the lineage timeline.</summary>
    public IReadOnlyDictionary<string, long> ConceptYears { get; private set; } = new Dictionary<string, long>();

    /// <summary>The <c>critiques</c> query.</summary>
    public PageAnswer<CritiqueRow> Critiques { get; private set; } = null!;

    /// <summary>The <c>evidence-balance</c> query.</summary>
    public PageAnswer<EvidenceBalanceRow> Evidence { get; private set; } = null!;

    /// <summary>The <c>reading-list</c> query.</summary>
    public PageAnswer<ReadingListEntry> ReadingList { get; private set; } = null!;

    /// <summary>The <c>backlinks</c> query.</summary>
    public PageAnswer<BacklinkRow> Backlinks { get; private set; } = null!;

    /// <summary>Reads the concept.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("Concepts", "/concepts"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Concept), ("id", id)),
            PageQuery.Of("web-neighbourhood", ("label", GraphSchema.Concept), ("id", id)),
            PageQuery.Of("web-link-index"),
            PageQuery.Of("lineage", ("id", id)),
            PageQuery.Of("critiques", ("id", id)),
            PageQuery.Of("evidence-balance", ("id", id)),
            PageQuery.Of("reading-list", ("id", id)),
            PageQuery.Of("backlinks", ("id", id)),
            WebBibliography.Query,
            PageQuery.Of("web-concepts"),
        ], cancellationToken);
        if (answers.Of("web-node").As<ConceptNodeRow>() is not [{ Node: { } concept }]) return await NotFoundPageAsync($"No concept with id “{id}”", GraphSchema.Concept, id, cancellationToken);

        Concept = concept;
        Title = concept.Name ?? id;
        Crumbs.Add(new(ConceptKinds.Name(concept.Kind), PageLinks.ConceptKind(concept.Kind ?? "")));
        Crumbs.Add(new(Title));
        Links = answers.Of("web-neighbourhood").As<NeighbourRow>();
        var bibliography = answers.Of(WebBibliography.Query.Name);
        BodyHtml = WebGraph.RenderNote(concept.Body, concept.SourceFile, Resolver(answers.Of("web-link-index"), bibliography));
        Bibliography = WebBibliography.From(bibliography);
        (Lineage, Critiques, Evidence, ReadingList, Backlinks) =
            (answers.Of("lineage").Typed<LineageRow>(), answers.Of("critiques").Typed<CritiqueRow>(), answers.Of("evidence-balance").Typed<EvidenceBalanceRow>(),
             answers.Of("reading-list").Typed<ReadingListEntry>(), answers.Of("backlinks").Typed<BacklinkRow>());
        // Every concept's own year, so the lineage timeline places each concept of the lineage at the year its note gives.
        ConceptYears = LineageGraph.OwnYears(answers.Of("web-concepts").As<ConceptRow>().Select(c => (c.Id, c.Year)));
        ReadingList = ReadingList with { Rows = ReadingListOrder.Chronological(ReadingList.Rows, Bibliography) };
        return Page();
    }

    /// <summary>Outgoing or incoming links of one relationship type.</summary>
    public IReadOnlyList<NeighbourRow> LinksOf(string relationship, bool outgoing) =>
        [.. Links.Where(l => l.Relationship == relationship && l.Outgoing == outgoing)];
}
