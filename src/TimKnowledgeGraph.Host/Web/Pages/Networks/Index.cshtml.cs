using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>The network datasets.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-datasets rows.</summary>
    public IReadOnlyList<Rec> Datasets { get; private set; } = [];

    /// <summary>Reads the datasets.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Networks";
        Crumbs.Add(new("Networks"));
        Datasets = (await graph.RunAsync(PageQuery.Of("web-datasets"), cancellationToken)).Rows;
    }
}
