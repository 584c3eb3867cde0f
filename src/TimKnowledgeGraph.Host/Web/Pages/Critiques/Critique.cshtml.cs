using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Pages.Critiques;

/// <summary>One critique: what it targets, who raised it where, how it was answered, its family, evidence and backlinks.</summary>
internal sealed class CritiqueModel(WebGraph graph) : WebPage
{
    /// <summary>The critique's properties.</summary>
    public NoteNode Critique { get; private set; } = null!;

    /// <summary>The rendered note body.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>Direct links (TARGETS, RAISED_IN, SPECIALISES, RESPONDS_TO, ...).</summary>
    public IReadOnlyList<NeighbourRow> Links { get; private set; } = [];

    /// <summary>The <c>critiques</c> query for this critique: the critiques that target it.</summary>
    public PageAnswer<CritiqueRow> CritiquesOfIt { get; private set; } = null!;

    /// <summary>The <c>evidence-balance</c> query.</summary>
    public PageAnswer<EvidenceBalanceRow> Evidence { get; private set; } = null!;

    /// <summary>The <c>backlinks</c> query.</summary>
    public PageAnswer<BacklinkRow> Backlinks { get; private set; } = null!;

    /// <summary>Reads the critique.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("Critiques", "/critiques"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Critique), ("id", id)),
            PageQuery.Of("web-neighbourhood", ("label", GraphSchema.Critique), ("id", id)),
            PageQuery.Of("web-link-index"),
            PageQuery.Of("evidence-balance", ("id", id)),
            PageQuery.Of("backlinks", ("id", id)),
            PageQuery.Of("critiques", ("id", id)),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers.Of("web-node").As<CritiqueNodeRow>() is not [{ Node: { } node }]) return await NotFoundPageAsync($"No critique with id “{id}”", GraphSchema.Critique, id, cancellationToken);
        Critique = node;
        Title = node.Name ?? id;
        Crumbs.Add(new(Title));
        Links = answers.Of("web-neighbourhood").As<NeighbourRow>();
        var bibliography = answers.Of(WebBibliography.Query.Name);
        BodyHtml = WebGraph.RenderNote(node.Body, node.SourceFile, Resolver(answers.Of("web-link-index"), bibliography));
        Bibliography = WebBibliography.From(bibliography);
        (Evidence, Backlinks, CritiquesOfIt) =
            (answers.Of("evidence-balance").Typed<EvidenceBalanceRow>(), answers.Of("backlinks").Typed<BacklinkRow>(), answers.Of("critiques").Typed<CritiqueRow>());
        return Page();
    }

    /// <summary>Links of one relationship type and direction.</summary>
    public IReadOnlyList<NeighbourRow> LinksOf(string relationship, bool outgoing) =>
        [.. Links.Where(l => l.Relationship == relationship && l.Outgoing == outgoing)];
}
