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

    /// <summary>The one type searched (a key of <see cref="Headings"/>), or null for every type.</summary>
    public string? Type { get; private set; }

    /// <summary>The type asked for when it is not one (every type is searched instead, and the page says so).</summary>
    public string? UnknownType { get; private set; }

    /// <summary>The answer, or null before anything was asked.</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>Searches; the text travels only as a query parameter and is never part of a query's syntax tree beyond Lucene's.</summary>
    /// <remarks>
    /// Every type shows its best <see cref="PerType"/> hits; one type (<c>type=Concept</c>, linked from a group that has
    /// more) shows up to <see cref="SearchRequest.MaxLimit"/>.
    /// </remarks>
    public async Task OnGetAsync(string? q, string? type, CancellationToken cancellationToken)
    {
        Query = (q ?? "").Trim();
        Type = Headings.Keys.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));
        UnknownType = Type is null && !string.IsNullOrWhiteSpace(type) ? type : null;
        Title = Query.Length == 0 ? "Search" : $"Search: {Query}";
        Crumbs.Add(new("Search"));
        if (Query.Length == 0) return;
        Results = await search.SearchAsync(new SearchRequest(Query, Type, Type is null ? PerType : SearchRequest.MaxLimit), cancellationToken);
    }

    /// <summary>Hits shown per type when every type is searched.</summary>
    public const int PerType = 20;

    /// <summary>This search's page, limited to <paramref name="type"/> (null: every type).</summary>
    public string Link(string? type) => $"/search?q={Uri.EscapeDataString(Query)}" + (type is null ? "" : $"&type={type}");
}
