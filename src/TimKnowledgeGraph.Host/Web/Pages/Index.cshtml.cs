using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;
using TimKnowledgeGraph.Host.Web.Pages.Concepts;
using TimKnowledgeGraph.Host.Web.Pages.Networks;

namespace TimKnowledgeGraph.Host.Web.Pages;

/// <summary>The home page: search, the concepts by kind, the most contested claims and the network datasets.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>Concepts (web-concepts rows).</summary>
    public IReadOnlyList<ConceptRow> Concepts { get; private set; } = [];

    /// <summary>The most contested concepts and propositions (most-contested), when the build has that query.</summary>
    public PageAnswer<ContestedRow> Contested { get; private set; } = new("most-contested", false, []);

    /// <summary>Network datasets.</summary>
    public IReadOnlyList<DatasetIndexRow> Datasets { get; private set; } = [];

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
        Concepts = answers.Of("web-concepts").As<ConceptRow>();
        Contested = answers.Of("most-contested").Typed<ContestedRow>();
        Datasets = answers.Of("web-datasets").As<DatasetIndexRow>();
    }
}

/// <summary>One of the most contested claims (<c>most-contested</c>).</summary>
[QueryRow("most-contested")]
internal sealed record ContestedRow(string? Id, string? Label, string? Name, long? Critiques, long? Challenges, long? Supports);
