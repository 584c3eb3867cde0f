using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Authors;

/// <summary>One author and the works they wrote (AUTHORED).</summary>
internal sealed class AuthorModel(WebGraph graph) : WebPage
{
    /// <summary>The author's properties.</summary>
    public Rec Author { get; private set; } = new(new Dictionary<string, object?>());

    /// <summary>Their works, oldest first.</summary>
    public IReadOnlyList<Rec> Works { get; private set; } = [];

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
        if (answers[0].First?.Map("node") is not { } node) return NotFoundPage($"No author with id “{id}”");
        Author = node;
        Bibliography = WebBibliography.From(answers[2]);
        Title = node.Str("name") ?? id;
        Crumbs.Add(new(Title));
        Works = [.. answers[1].Rows.Where(l => l.Str("relationship") == GraphSchema.Authored).OrderBy(w => w.Long("year")).ThenBy(w => w.Str("id"))];
        return Page();
    }
}
