using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Propositions;

/// <summary>The propositions, by number.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-propositions rows.</summary>
    public IReadOnlyList<PropositionIndexRow> Propositions { get; private set; } = [];

    /// <summary>Reads the propositions.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Propositions";
        Crumbs.Add(new("Propositions"));
        Propositions = (await graph.RunAsync(PageQuery.Of("web-propositions"), cancellationToken)).As<PropositionIndexRow>();
    }
}

/// <summary>One proposition of the index (<c>web-propositions</c>): how many critiques target it directly.</summary>
[QueryRow("web-propositions")]
internal sealed record PropositionIndexRow(string? Id, string? Number, string? Text, long? Critiques);
