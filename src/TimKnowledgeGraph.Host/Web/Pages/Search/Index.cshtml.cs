using TimKnowledgeGraph.Graph.Search;

namespace TimKnowledgeGraph.Host.Web.Pages.Search;

/// <summary>Full-text search (see <see cref="SearchService"/>): hits grouped by type, with highlighted snippets.</summary>
internal sealed class IndexModel(SearchService search) : WebPage
{
    /// <summary>Headings of the result groups, by type.</summary>
    public static readonly IReadOnlyDictionary<string, string> Headings = new Dictionary<string, string>
    {
        ["Concept"] = "Concepts", ["Critique"] = "Critiques", ["Proposition"] = "Propositions", ["Reference"] = "References",
        ["Author"] = "Authors", ["Evidence"] = "Quotes and evidence", ["Actor"] = "Actors", ["Dataset"] = "Network datasets",
    };

    /// <summary>The text searched for.</summary>
    public string Query { get; private set; } = "";

    /// <summary>The answer, or null before anything was asked.</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>Searches; the text travels only as a query parameter and is never part of a query's syntax tree beyond Lucene's.</summary>
    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = (q ?? "").Trim();
        Title = Query.Length == 0 ? "Search" : $"Search: {Query}";
        Crumbs.Add(new("Search"));
        if (Query.Length == 0) return;
        Results = await search.SearchAsync(new SearchRequest(Query, Limit: 20), cancellationToken);
    }
}
