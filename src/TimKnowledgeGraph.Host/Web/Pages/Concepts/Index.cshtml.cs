using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Concepts;

/// <summary>Every concept, grouped by kind.</summary>
internal sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>Concepts grouped by kind, in the navigation's order; unknown kinds last.</summary>
    public IReadOnlyList<(string Kind, string Name, IReadOnlyList<ConceptRow> Concepts)> Groups { get; private set; } = [];

    /// <summary>Reads the concepts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Concepts";
        Crumbs.Add(new("Concepts"));
        var rows = (await graph.RunAsync(PageQuery.Of("web-concepts"), cancellationToken)).As<ConceptRow>();
        var known = ConceptKinds.All.Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        Groups =
        [
            .. ConceptKinds.All.Select(k => (k.Kind, k.Name, (IReadOnlyList<ConceptRow>)[.. rows.Where(r => r.Kind == k.Kind)])),
            .. rows.Where(r => !known.Contains(r.Kind ?? "")).GroupBy(r => r.Kind ?? "other")
                .Select(g => (g.Key, ConceptKinds.Name(g.Key), (IReadOnlyList<ConceptRow>)[.. g])),
        ];
    }
}

/// <summary>One concept of the index (<c>web-concepts</c>): how many critiques target it directly.</summary>
[QueryRow("web-concepts")]
internal sealed record ConceptRow(string? Id, string? Kind, string? Name, string? Year, string? Summary, long? Critiques);
