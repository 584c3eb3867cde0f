using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.References;

/// <summary>Every reference, oldest first.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>web-references rows.</summary>
    public IReadOnlyList<ReferenceIndexRow> References { get; private set; } = [];

    /// <summary>Reads the references.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "References";
        Crumbs.Add(new("References"));
        var answers = await graph.RunAsync([PageQuery.Of("web-references"), WebBibliography.Query], cancellationToken);
        References = answers.Of("web-references").As<ReferenceIndexRow>();
        Bibliography = WebBibliography.From(answers.Of(WebBibliography.Query.Name));
    }
}

/// <summary>One reference of the index (<c>web-references</c>): the work, and how many nodes rest on it.</summary>
[QueryRow("web-references")]
internal sealed record ReferenceIndexRow(CitedWork Work, long? Uses);
