using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// The pages' own queries (<c>Web/Cypher/*.cypher</c>, embedded): fixed, parameterised Cypher for what the pages need
/// beyond the named queries of <c>cypher/</c> (indexes, a node's properties, its neighbourhood). Same header format,
/// read by the same <see cref="QueryCatalog"/>; kept as a type of its own so pages cannot mix the two up.
/// </summary>
public sealed class WebQueryCatalog
{
    private readonly QueryCatalog _queries;

    private WebQueryCatalog(QueryCatalog queries) => _queries = queries;

    /// <summary>The queries embedded in this assembly.</summary>
    public static WebQueryCatalog Embedded { get; } = new(QueryCatalog.FromResources(typeof(WebQueryCatalog).Assembly, "web-cypher/"));

    /// <summary>All page queries.</summary>
    public IReadOnlyCollection<NamedQuery> All => _queries.All;

    /// <summary>The page query of that name; a missing one is a programming error.</summary>
    public NamedQuery Get(string name) => _queries.TryGet(name, out var query)
        ? query
        : throw new KeyNotFoundException($"no page query named '{name}'");
}
