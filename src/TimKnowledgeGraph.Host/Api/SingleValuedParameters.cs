using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// Refuses an API request that gives a query-string parameter more than once, unless the parameter is a list. ASP.NET
/// Core hands a repeated value to the endpoint joined with commas: <c>/api/search?q=a&amp;q=b</c> searched for "a,b",
/// and a repeated dataset, wave, id or top became a value nobody gave. A list parameter (<c>socialNatures</c>) may
/// repeat: joined, it is the comma-separated list it means.
/// </summary>
internal static class SingleValuedParameters
{
    /// <summary>The parameters that are lists: those the named queries declare <c>string[]</c> (the endpoints use the same names).</summary>
    public static readonly IReadOnlySet<string> Lists = QueryCatalog.Embedded.All
        .SelectMany(q => q.Parameters)
        .Where(p => p.Type == QueryParameterType.StringList)
        .Select(p => p.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Answers a request under <c>/api</c> with a repeated parameter that is not a list with 400, naming each.</summary>
    public static IApplicationBuilder UseSingleValuedApiParameters(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            var repeated = context.Request.Query
                .Where(q => q.Value.Count > 1 && !Lists.Contains(q.Key))
                .Select(q => $"Parameter {CutText.Echo(q.Key)} is given {q.Value.Count} times, expected once.")
                .ToList();
            if (repeated.Count == 0) await next(context);
            else await Problems.BadParameters(repeated).ExecuteAsync(context);
        }));
}
