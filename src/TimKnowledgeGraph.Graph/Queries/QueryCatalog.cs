using System.Reflection;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// The named queries, read once from the <c>.cypher</c> files embedded in this assembly (the repository's
/// <c>cypher/</c> folder). Queries are run by name; their text is never assembled from user input.
/// </summary>
public sealed class QueryCatalog
{
    private readonly Dictionary<string, NamedQuery> _queries;

    private QueryCatalog(Dictionary<string, NamedQuery> queries) => _queries = queries;

    public static QueryCatalog Embedded { get; } = LoadEmbedded();

    /// <summary>Every query, internal ones included.</summary>
    public IReadOnlyCollection<NamedQuery> All => _queries.Values;

    /// <summary>The queries users are shown and may run (<c>timkg queries</c>, <c>/api/queries</c>): all but the internal ones.</summary>
    public IEnumerable<NamedQuery> Listed => _queries.Values.Where(q => !q.IsInternal);

    public bool TryGet(string name, out NamedQuery query) => _queries.TryGetValue(name, out query!);

    /// <summary>Like <see cref="TryGet"/>, for a name a user gave: an internal query is not found.</summary>
    public bool TryGetListed(string name, out NamedQuery query) => TryGet(name, out query) && !query.IsInternal;

    public NamedQuery Get(string name) => TryGet(name, out var query)
        ? query
        : throw new KeyNotFoundException($"no query named '{name}' (known: {string.Join(", ", _queries.Keys.Order())})");

    private static QueryCatalog LoadEmbedded() => FromResources(typeof(QueryCatalog).Assembly, "cypher/");

    /// <summary>
    /// The <c>.cypher</c> files embedded in <paramref name="assembly"/> under resource names starting with
    /// <paramref name="prefix"/>, each named by its file name.
    /// </summary>
    public static QueryCatalog FromResources(Assembly assembly, string prefix)
    {
        var queries = new Dictionary<string, NamedQuery>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(resource);
            queries[name] = QueryHeaderParser.Parse(name, ReadResource(assembly, resource));
        }
        return new QueryCatalog(queries);
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
