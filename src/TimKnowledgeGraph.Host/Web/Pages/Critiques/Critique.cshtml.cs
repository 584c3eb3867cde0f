using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Critiques;

/// <summary>One critique: what it targets, who raised it where, how it was answered, its family, evidence and backlinks.</summary>
internal sealed class CritiqueModel(WebGraph graph) : WebPage
{
    /// <summary>The critique's properties.</summary>
    public Rec Critique { get; private set; } = new(new Dictionary<string, object?>());

    /// <summary>The rendered note body.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>Direct links (TARGETS, RAISED_IN, SPECIALISES, RESPONDS_TO, ...).</summary>
    public IReadOnlyList<Rec> Links { get; private set; } = [];

    /// <summary>The <c>critiques</c> query for this critique: the critiques that target it.</summary>
    public PageRows CritiquesOfIt { get; private set; } = null!;

    /// <summary>The <c>evidence-balance</c> query.</summary>
    public PageRows Evidence { get; private set; } = null!;

    /// <summary>The <c>backlinks</c> query.</summary>
    public PageRows Backlinks { get; private set; } = null!;

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
        if (answers.Of("web-node").First?.Map("node") is not { } node) return NotFoundPage($"No critique with id “{id}”");
        Critique = node;
        Title = node.Str("name") ?? id;
        Crumbs.Add(new(Title));
        Links = answers.Of("web-neighbourhood").Rows;
        var bibliography = answers.Of(WebBibliography.Query.Name);
        BodyHtml = WebGraph.RenderNote(node.Str("body"), WebGraph.Links(answers.Of("web-link-index"), bibliography));
        Bibliography = WebBibliography.From(bibliography);
        (Evidence, Backlinks, CritiquesOfIt) = (answers.Of("evidence-balance"), answers.Of("backlinks"), answers.Of("critiques"));
        return Page();
    }

    /// <summary>Links of one relationship type and direction.</summary>
    public IReadOnlyList<Rec> LinksOf(string relationship, bool outgoing) =>
        [.. Links.Where(l => l.Str("relationship") == relationship && l.Bool("outgoing") == outgoing)];
}
