using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.References;

/// <summary>Every reference, oldest first.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-references rows.</summary>
    public IReadOnlyList<Rec> References { get; private set; } = [];

    /// <summary>Reads the references.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "References";
        Crumbs.Add(new("References"));
        var answers = await graph.RunAsync([PageQuery.Of("web-references"), WebBibliography.Query], cancellationToken);
        References = answers[0].Rows;
        Bibliography = WebBibliography.From(answers[1]);
    }
}
