using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Concepts;

/// <summary>Every concept, grouped by kind.</summary>
public sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>Concepts grouped by kind, in the navigation's order; unknown kinds last.</summary>
    public IReadOnlyList<(string Kind, string Name, IReadOnlyList<Rec> Concepts)> Groups { get; private set; } = [];

    /// <summary>Reads the concepts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "Concepts";
        Crumbs.Add(new("Concepts"));
        var rows = (await graph.RunAsync(PageQuery.Of("web-concepts"), cancellationToken)).Rows;
        var known = ConceptKinds.All.Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        Groups =
        [
            .. ConceptKinds.All.Select(k => (k.Kind, k.Name, (IReadOnlyList<Rec>)[.. rows.Where(r => r.Str("kind") == k.Kind)])),
            .. rows.Where(r => !known.Contains(r.Str("kind") ?? "")).GroupBy(r => r.Str("kind") ?? "other")
                .Select(g => (g.Key, ConceptKinds.Name(g.Key), (IReadOnlyList<Rec>)[.. g])),
        ];
    }
}
