using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Critiques;

/// <summary>Every critique, with what it targets and who raised it.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-critiques rows.</summary>
    public IReadOnlyList<Rec> Critiques { get; private set; } = [];

    /// <summary>Reads the critiques.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Critiques";
        Crumbs.Add(new("Critiques"));
        Critiques = (await graph.RunAsync(PageQuery.Of("web-critiques"), cancellationToken)).Rows;
    }
}
