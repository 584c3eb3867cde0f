using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Search;

/// <summary>Search across concepts, propositions, critiques, references and actors, grouped by kind.</summary>
public sealed class IndexModel(WebGraph graph) : WebPage
{
    /// <summary>The kinds in the order results are shown, with headings.</summary>
    public static readonly IReadOnlyList<(string Label, string Heading)> Kinds =
    [
        ("Concept", "Concepts"), ("Critique", "Critiques"), ("Proposition", "Propositions"), ("Reference", "References"), ("Actor", "Actors"),
    ];

    /// <summary>The text searched for.</summary>
    public string Query { get; private set; } = "";

    /// <summary>One row per kind with hits: label, total, hits [{id, name, matched}].</summary>
    public IReadOnlyList<Rec> Groups { get; private set; } = [];

    /// <summary>Searches; the text travels only as a query parameter.</summary>
    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = (q ?? "").Trim();
        Title = Query.Length == 0 ? "Search" : $"Search: {Query}";
        Crumbs.Add(new("Search"));
        if (Query.Length == 0) return;
        // The query layer's 'search' when this build has it, else the page's own equivalent (same columns).
        var query = graph.HasNamed("search")
            ? PageQuery.Catalog("search", ("text", Query), ("limit", 50L))
            : PageQuery.Page("web-search", ("text", Query), ("limit", 50L));
        Groups = (await graph.RunAsync(query, cancellationToken)).Rows;
    }
}
