using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The named queries name works by their citation keys (<c>{ref: "florida1995", year: 1995}</c>), which is what a
/// script needs, but a reader of the API's JSON or of <c>timkg query</c>'s table expects "Florida (1995)", as the pages
/// name it. So every map in an answer that names a work of the corpus gains its narrative author–date citation in the
/// default style, with the corpus's disambiguating letters ("Storper (1997a)"): <c>citation</c> beside a <c>ref</c>,
/// <c>sourceCitation</c> beside a <c>sourceId</c> whose <c>sourceLabel</c> is Reference. Nothing is removed or renamed,
/// and a key the corpus lacks gains nothing. Answers that name no work cost no second query.
/// </summary>
internal static class QueryCitations
{
    /// <summary>Deepest nesting walked; the named queries nest maps in lists two levels down.</summary>
    private const int MaxDepth = 8;

    /// <summary><paramref name="result"/> with citations added, reading the corpus's works only when it names one.</summary>
    public static async Task<CypherResult> AddAsync(
        CypherResult result, NamedQueryRunner runner, QueryCatalog catalog, CancellationToken cancellationToken)
    {
        if (!result.Rows.Any(row => row.Any(value => NamesWork(value, 0))) || !catalog.TryGet(WebBibliography.Query.Name, out var query))
            return result;
        var works = await runner.RunAsync(query, new Dictionary<string, object?>(), cancellationToken);
        var bibliography = WebBibliography.From(new PageRows(query.Name, true, [.. works.Records()]));
        return result with { Rows = [.. result.Rows.Select(row => (IReadOnlyList<object?>)[.. row.Select(v => WithCitations(v, bibliography, 0))])] };
    }

    // The key a map names a work by, and the name of the field its citation goes in.
    private static (string Key, string Field)? Work(IReadOnlyDictionary<string, object?> map) =>
        map.TryGetValue("ref", out var key) && key is string work ? (work, "citation")
        : map.TryGetValue("sourceId", out var source) && source is string id
          && map.TryGetValue("sourceLabel", out var label) && label as string == GraphSchema.Reference ? (id, "sourceCitation")
        : null;

    private static bool NamesWork(object? value, int depth) => depth <= MaxDepth && value switch
    {
        IReadOnlyDictionary<string, object?> map => Work(map) is not null || map.Values.Any(v => NamesWork(v, depth + 1)),
        IReadOnlyList<object?> list => list.Any(v => NamesWork(v, depth + 1)),
        _ => false,
    };

    private static object? WithCitations(object? value, Bibliography works, int depth)
    {
        if (depth > MaxDepth) return value;
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                var copy = new Dictionary<string, object?>(map.Count + 1, StringComparer.Ordinal);
                foreach (var (key, inner) in map) copy[key] = WithCitations(inner, works, depth + 1);
                if (Work(map) is var (work, field) && !copy.ContainsKey(field) && works.Get(work) is not null)
                    copy[field] = works.Label(work).Plain;
                return copy;
            case IReadOnlyList<object?> list:
                return list.Select(v => WithCitations(v, works, depth + 1)).ToList();
            default:
                return value;
        }
    }
}
