using System.Reflection;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// The pages' own queries (<c>Web/Cypher/*.cypher</c>, embedded): fixed, parameterised Cypher for what the pages need
/// beyond the named queries of <c>cypher/</c> (indexes, a node's properties, its neighbourhood). Same header format.
/// </summary>
public sealed class WebQueryCatalog
{
    private const string Prefix = "web-cypher/";
    private readonly Dictionary<string, NamedQuery> _queries;

    private WebQueryCatalog(Dictionary<string, NamedQuery> queries) => _queries = queries;

    /// <summary>The queries embedded in this assembly.</summary>
    public static WebQueryCatalog Embedded { get; } = Load(typeof(WebQueryCatalog).Assembly);

    /// <summary>All page queries.</summary>
    public IReadOnlyCollection<NamedQuery> All => _queries.Values;

    /// <summary>The page query of that name; a missing one is a programming error.</summary>
    public NamedQuery Get(string name) => _queries.TryGetValue(name, out var query)
        ? query
        : throw new KeyNotFoundException($"no page query named '{name}'");

    private static WebQueryCatalog Load(Assembly assembly)
    {
        var queries = new Dictionary<string, NamedQuery>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = Path.GetFileNameWithoutExtension(resource);
            queries[name] = QueryHeaderParser.Parse(name, reader.ReadToEnd());
        }
        return new WebQueryCatalog(queries);
    }
}
