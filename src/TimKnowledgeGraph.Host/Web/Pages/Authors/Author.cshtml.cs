using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Pages.Authors;

/// <summary>One author and the works they wrote (AUTHORED).</summary>
internal sealed class AuthorModel(WebGraph graph) : WebPage
{
    /// <summary>The author's properties.</summary>
    public AuthorNode Author { get; private set; } = null!;

    /// <summary>Their works, oldest first.</summary>
    public IReadOnlyList<NeighbourRow> Works { get; private set; } = [];

    /// <summary>
    /// Other authors of the same family name ("Storper" and "Storper, M."): sources that give a name with and without
    /// initials make two author nodes, which may be one person. Shown so a reader can tell; never merged.
    /// </summary>
    public IReadOnlyList<Domain.Content.References.PersonName> Namesakes { get; private set; } = [];

    /// <summary>Reads the author.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Crumbs.Add(new("References", "/references"));
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", GraphSchema.Author), ("id", id)),
            PageQuery.Of("web-neighbourhood", ("label", GraphSchema.Author), ("id", id)),
            WebBibliography.Query,
        ], cancellationToken);
        if (answers[0].As<AuthorNodeRow>() is not [{ Node: { } node }]) return await NotFoundPageAsync($"No author with id “{id}”", GraphSchema.Author, id, cancellationToken);
        Author = node;
        Bibliography = WebBibliography.From(answers[2]);
        Title = node.Name ?? id;
        Crumbs.Add(new(Title));
        Works = [.. answers[1].As<NeighbourRow>().Where(l => l.Relationship == GraphSchema.Authored).OrderBy(w => w.YearNumber).ThenBy(w => w.Id)];
        Namesakes = [.. Bibliography.Works.SelectMany(w => w.Authors)
            .Where(a => !a.IsOthers && a.Literal is null && node.Family is not null && string.Equals(a.Family, node.Family, StringComparison.OrdinalIgnoreCase) && a.Id != id)
            .DistinctBy(a => a.Id).OrderBy(a => a.DisplayName, StringComparer.Ordinal)];
        return Page();
    }
}
