using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The named queries are embedded, and each has a summary, typed parameters and declared columns.</summary>
public sealed class QueryCatalogContentTests
{
    public static readonly string[] Names =
    [
        "lineage", "critiques", "evidence-balance", "most-contested", "reading-list", "layer-overlap",
        "multiplex-participation", "brokers", "regional-typology", "concept", "search", "backlinks", "network",
        "tie-dynamics", "coupling-sequences", "coupling-pairs", "typology-path",
    ];

    public static TheoryData<string> AllNames => new(Names);

    /// <summary>Every query of <c>cypher/</c>, the internal ones the pages and the API run included.</summary>
    public static TheoryData<string> EveryQuery => new(QueryCatalog.Embedded.All.Select(q => q.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Users_are_offered_the_named_queries_and_not_the_internal_ones()
    {
        Assert.Equal(Names.Order(StringComparer.Ordinal), QueryCatalog.Embedded.Listed.Select(q => q.Name).Order(StringComparer.Ordinal));
        Assert.Contains(QueryCatalog.Embedded.All, q => q.Name == "web-node" && q.IsInternal);
        Assert.False(QueryCatalog.Embedded.TryGetListed("web-node", out _));
        Assert.True(QueryCatalog.Embedded.TryGetListed("lineage", out _));
    }

    [Fact]
    public void Internal_is_read_from_the_header_only()
    {
        Assert.True(QueryHeaderParser.Parse("a", "// A page's query\n// @internal  for pages\n// @returns x\nRETURN 1 AS x").IsInternal);
        Assert.False(QueryHeaderParser.Parse("b", "// A query\n// @returns x\nRETURN '@internal' AS x").IsInternal);
    }

    [Theory]
    [MemberData(nameof(EveryQuery))]
    public void Query_has_a_complete_header(string name)
    {
        Assert.True(QueryCatalog.Embedded.TryGet(name, out var query), $"cypher/{name}.cypher is not embedded");
        Assert.False(string.IsNullOrWhiteSpace(query.Summary));
        Assert.NotEmpty(query.Columns);
        Assert.All(query.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{name}: @param {p.Name} has no description"));
        // Every declared parameter is used, and every $parameter used is declared.
        var body = string.Join('\n', query.Text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        foreach (var p in query.Parameters) Assert.Contains("$" + p.Name, body, StringComparison.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(body, @"\$(\w+)"))
            Assert.Contains(query.Parameters, p => p.Name == m.Groups[1].Value);
    }

    [Fact]
    public void Typology_declares_its_social_natures_as_a_list_with_a_default()
    {
        var p = QueryCatalog.Embedded.Get("regional-typology").Parameters.Single(x => x.Name == "socialNatures");
        Assert.Equal(QueryParameterType.StringList, p.Type);
        Assert.Equal(["social", "kinship", "cultural"], (IEnumerable<string>)p.DefaultValue!);
    }
}
