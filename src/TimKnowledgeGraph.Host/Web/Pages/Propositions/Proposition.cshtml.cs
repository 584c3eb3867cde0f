using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Pages.Propositions;

/// <summary>One proposition: its text and note, what it derives from, critiques, evidence, links and backlinks.</summary>
internal sealed class PropositionModel(WebGraph graph) : WebPage
{
    /// <summary>The proposition's properties.</summary>
    public NoteNode Proposition { get; private set; } = null!;

    /// <summary>The rendered note body.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>Direct links to other pages.</summary>
    public IReadOnlyList<NeighbourRow> Links { get; private set; } = [];

    /// <summary>The <c>critiques</c> query.</summary>
    public PageAnswer<CritiqueRow> Critiques { get; private set; } = null!;

    /// <summary>The <c>evidence-balance</c> query.</summary>
    public PageAnswer<EvidenceBalanceRow> Evidence { get; private set; } = null!;

    /// <summary>The <c>backlinks</c> query.</summary>
    public PageAnswer<BacklinkRow> Backlinks { get; private set; } = null!;

    /// <summary>Reads the proposition.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("Propositions", "/propositions"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Proposition), ("id", id)),
            PageQuery.Of("web-neighbourhood", ("label", GraphSchema.Proposition), ("id", id)),
            PageQuery.Of("web-link-index"),
            PageQuery.Of("critiques", ("id", id)),
            PageQuery.Of("evidence-balance", ("id", id)),
            PageQuery.Of("backlinks", ("id", id)),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers.Of("web-node").As<PropositionNodeRow>() is not [{ Node: { } node }]) return await NotFoundPageAsync($"No proposition with id “{id}”", GraphSchema.Proposition, id, cancellationToken);
        Proposition = node;
        Title = $"Proposition {node.Number}";
        Crumbs.Add(new(Title));
        Links = answers.Of("web-neighbourhood").As<NeighbourRow>();
        var bibliography = answers.Of(WebBibliography.Query.Name);
        BodyHtml = WebGraph.RenderNote(node.Body, node.SourceFile, Resolver(answers.Of("web-link-index"), bibliography));
        Bibliography = WebBibliography.From(bibliography);
        (Critiques, Evidence, Backlinks) =
            (answers.Of("critiques").Typed<CritiqueRow>(), answers.Of("evidence-balance").Typed<EvidenceBalanceRow>(), answers.Of("backlinks").Typed<BacklinkRow>());
        return Page();
    }
}
