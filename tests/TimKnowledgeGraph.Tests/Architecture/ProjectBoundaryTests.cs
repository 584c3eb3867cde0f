using System.Reflection;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Architecture;

/// <summary>
/// The four projects depend one way (Domain ← Neo4j ← Graph ← Host), and the Host reaches Neo4j only through Graph's
/// use cases (docs/architecture.md). These fail when a reference or a direct use of the client creeps back in.
/// </summary>
public sealed partial class ProjectBoundaryTests
{
    private static readonly Assembly Domain = typeof(GraphSchema).Assembly;
    private static readonly Assembly Neo4j = typeof(ICypherClient).Assembly;
    private static readonly Assembly Graph = typeof(NamedQueryRunner).Assembly;
    private static readonly Assembly Host = typeof(TimKnowledgeGraph.Host.WebApp).Assembly;

    [Fact]
    public void DomainReferencesNeitherNeo4jNorGraph() =>
        Assert.Empty(ProductReferences(Domain));

    [Fact]
    public void Neo4jReferencesOnlyDomain() =>
        Assert.Equal(["TimKnowledgeGraph.Domain"], ProductReferences(Neo4j));

    [Fact]
    public void GraphReferencesDomainAndNeo4j() =>
        Assert.Equal(["TimKnowledgeGraph.Domain", "TimKnowledgeGraph.Neo4j"], ProductReferences(Graph));

    [Fact]
    public void HostTypesTakeNoCypherClient()
    {
        var offenders = Host.GetTypes()
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters()).Select(p => (Type: t, p.ParameterType))
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                    .Select(f => (Type: t, f.FieldType))))
            .Where(x => x.Item2 == typeof(ICypherClient) || x.Item2 == typeof(CypherStatement))
            .Select(x => x.Type.FullName)
            .Distinct()
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void HostSourceNamesNoCypherClientOrStatement()
    {
        var host = Path.Combine(RepositoryPaths.Root, "src", "TimKnowledgeGraph.Host");
        var offenders = Directory.EnumerateFiles(host, "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && ClientOrStatement().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    // The product's own assemblies a library references, by name, sorted (framework and packages left out).
    private static List<string> ProductReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("TimKnowledgeGraph.", StringComparison.Ordinal) || n == "timkg").Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b(ICypherClient|CypherStatement|HttpCypherClient)\b")]
    private static partial Regex ClientOrStatement();
}
