using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Corpus;

/// <summary>
/// The real corpus, loaded into the real Neo4j, answers the lineage question as the paper tells it (section 3):
/// the Learning Region emerged with Storper (1993), gained currency with Florida (1995) drawing on learning
/// organisations, got its theoretical parameters from Asheim (1996) and Morgan (1997), and is a member of the TIM family.
/// </summary>
public sealed class CorpusLineageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldTellTheLearningRegionsLineageAsThePaperDoes()
    {
        await CorpusLoader.LoadAsync(Client);

        var rows = (await RunNamedAsync("lineage", ("id", "learning-region"), ("maxDepth", 6L))).Records().ToList();

        var memberOf = Assert.Single(rows, r => (string)r["relationship"]! == "MEMBER_OF" && (string)r["fromId"]! == "learning-region");
        Assert.Equal("territorial-innovation-models", memberOf["toId"]);
        var florida = Assert.Single(rows, r => (string)r["fromId"]! == "learning-region" && (string)r["relationship"]! == "DERIVED_FROM");
        Assert.Equal("learning-organisations", florida["toId"]);
        Assert.Equal("florida1995", florida["stepRef"]);
        var introduced = ((IReadOnlyList<object?>)memberOf["introducedIn"]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Contains(introduced, i => (string)i["ref"]! == "storper1993" && (long)i["year"]! == 1993);
        Assert.Contains(introduced, i => (string)i["ref"]! == "asheim1996" && (long)i["year"]! == 1996);
        Assert.Contains(introduced, i => (string)i["ref"]! == "morgan1997" && (long)i["year"]! == 1997);
        // What grew out of it: the authors' post-learning-region approach.
        Assert.Contains(rows, r => (string)r["direction"]! == "descendant" && (string)r["fromId"]! == "social-dynamics-of-innovation-networks");
    }

    [Fact]
    public async Task ShouldPlaceEveryTimInTheFamily()
    {
        await CorpusLoader.LoadAsync(Client);

        var rows = (await RunNamedAsync("lineage", ("id", "territorial-innovation-models"), ("maxDepth", 1L))).Records().ToList();

        var members = rows.Where(r => (string)r["direction"]! == "descendant" && (string)r["relationship"]! == "MEMBER_OF")
            .Select(r => (string)r["fromId"]!).ToHashSet();
        foreach (var tim in new[] { "learning-region", "innovative-milieux", "regional-innovation-systems", "industrial-districts" })
            Assert.Contains(tim, members);
    }

    private async Task<CypherResult> RunNamedAsync(string name, params (string, object?)[] parameters)
    {
        var query = QueryCatalog.Embedded.Get(name);
        return (await Client.RunAsync([CypherStatement.Of(query.Text, parameters) with { IncludeStats = false }]))[0];
    }
}
