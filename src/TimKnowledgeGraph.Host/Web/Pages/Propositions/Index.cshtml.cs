using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Propositions;

/// <summary>The propositions, by number.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-propositions rows.</summary>
    public IReadOnlyList<Rec> Propositions { get; private set; } = [];

    /// <summary>Reads the propositions.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Propositions";
        Crumbs.Add(new("Propositions"));
        Propositions = (await graph.RunAsync(PageQuery.Of("web-propositions"), cancellationToken)).Rows;
    }
}
