using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages;

/// <summary>The home page: search, the concepts by kind, the most contested claims and the network datasets.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>Concepts (web-concepts rows).</summary>
    public IReadOnlyList<Rec> Concepts { get; private set; } = [];

    /// <summary>The most contested concepts and propositions (most-contested), when the build has that query.</summary>
    public PageRows Contested { get; private set; } = new("most-contested", false, []);

    /// <summary>Network datasets.</summary>
    public IReadOnlyList<Rec> Datasets { get; private set; } = [];

    /// <summary>Reads the overview.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Literature review";
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-concepts"),
            PageQuery.Of("most-contested", ("limit", 8L)),
            PageQuery.Of("web-datasets"),
        ], cancellationToken);
        Concepts = answers[0].Rows;
        Contested = answers[1];
        Datasets = answers[2].Rows;
    }
}
