using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Search;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>Full-text search over HTTP (Lucene, see <see cref="SearchService"/>).</summary>
internal static class SearchEndpoints
{
    /// <summary>The types a search can be limited to.</summary>
    public static readonly IReadOnlyList<string> Types = ["Concept", "Critique", "Proposition", "Reference", "Author", "Evidence", "Actor", "Dataset"];

    public static RouteGroupBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/", SearchAsync)
            .WithSummary("Full-text search: words (stemmed), \"phrases\", prefix*, typo-tolerant; hits grouped by type with highlighted snippets");
        return group;
    }

    private static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> SearchAsync(
        string? q, string? type, string? limit, SearchService search, CancellationToken cancellationToken)
    {
        var perType = SearchRequest.DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out perType)
                                  || perType is < 1 or > SearchRequest.MaxLimit))
            return Problems.BadParameter("limit", $"must be a whole number from 1 to {SearchRequest.MaxLimit}", limit);
        string? only = null;
        if (!string.IsNullOrEmpty(type))
        {
            only = Types.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));
            if (only is null) return Problems.BadParameter("type", $"must be one of {string.Join(", ", Types)}", type);
        }
        return TypedResults.Ok(await search.SearchAsync(new SearchRequest(q ?? "", only, perType), cancellationToken));
    }
}
