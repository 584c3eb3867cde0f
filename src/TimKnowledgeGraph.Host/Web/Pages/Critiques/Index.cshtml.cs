using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Pages.Critiques;

/// <summary>Every critique, with what it targets and who raised it.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-critiques rows.</summary>
    public IReadOnlyList<CritiqueIndexRow> Critiques { get; private set; } = [];

    /// <summary>Reads the critiques.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Critiques";
        Crumbs.Add(new("Critiques"));
        // The works, so that a critique of a work is linked as readers cite it (Ui.Link).
        var answers = await graph.RunAsync([PageQuery.Of("web-critiques"), WebBibliography.Query], cancellationToken);
        Critiques = answers[0].As<CritiqueIndexRow>();
        Bibliography = WebBibliography.From(answers[1]);
    }
}

/// <summary>One critique of the index (<c>web-critiques</c>): what it targets and where it was raised.</summary>
[QueryRow("web-critiques")]
internal sealed record CritiqueIndexRow(string? Id, string? Name, IReadOnlyList<Linked> Targets, IReadOnlyList<Citing> RaisedIn);
