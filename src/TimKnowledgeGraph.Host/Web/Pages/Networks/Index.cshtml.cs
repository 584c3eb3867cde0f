using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>The network datasets.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-datasets rows.</summary>
    public IReadOnlyList<DatasetIndexRow> Datasets { get; private set; } = [];

    /// <summary>Reads the datasets.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Networks";
        Crumbs.Add(new("Networks"));
        // The works, so that each dataset's source is named as readers cite it.
        var answers = await graph.RunAsync([PageQuery.Of("web-datasets"), WebBibliography.Query], cancellationToken);
        Datasets = answers[0].As<DatasetIndexRow>();
        Bibliography = WebBibliography.From(answers[1]);
    }
}

/// <summary>One network dataset (<c>web-datasets</c>): its source and size.</summary>
[QueryRow("web-datasets")]
internal sealed record DatasetIndexRow(string? Id, string? Title, string? Source, string? Locator, long? Layers, long? Actors, long? Regions);
