using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Schema;

namespace TimKnowledgeGraph.Tests.Cypher;

public class SchemaStatementsTests
{
    private static ServerInfo Server(string version) =>
        new(Version.Parse(version), version, "community", new Uri("http://127.0.0.1:7474/db/data/transaction"));

    [Theory]
    [InlineData("3.1.1", "CREATE CONSTRAINT ON (n:Concept) ASSERT n.id IS UNIQUE")]
    [InlineData("3.5.35", "CREATE CONSTRAINT ON (n:Concept) ASSERT n.id IS UNIQUE")]
    [InlineData("4.2.0", "CREATE CONSTRAINT concept_id IF NOT EXISTS ON (n:Concept) ASSERT n.id IS UNIQUE")]
    [InlineData("4.4.0", "CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE")]
    [InlineData("5.26.0", "CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE")]
    [InlineData("2025.1.0", "CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE")]
    public void ShouldWriteTheUniqueConstraintInTheServersDialect(string version, string expected)
    {
        Assert.Contains(expected, SchemaStatements.For(Server(version)).Select(s => s.Text));
    }

    [Theory]
    [InlineData("3.1.1", "CREATE INDEX ON :Concept(sourceFile)")]
    [InlineData("4.2.0", "CREATE INDEX concept_sourceFile IF NOT EXISTS FOR (n:Concept) ON (n.sourceFile)")]
    [InlineData("5.26.0", "CREATE INDEX concept_sourceFile IF NOT EXISTS FOR (n:Concept) ON (n.sourceFile)")]
    public void ShouldWriteTheSourceFileIndexInTheServersDialect(string version, string expected)
    {
        Assert.Contains(expected, SchemaStatements.For(Server(version)).Select(s => s.Text));
    }

    [Fact]
    public void ShouldCoverEveryLabelOnceWithAConstraintAndAnIndexAndIndexTheActorsDataset()
    {
        var texts = SchemaStatements.For(Server("5.26.0")).Select(s => s.Text).ToList();

        Assert.Equal(GraphSchema.Labels.Count * 2 + 1, texts.Count);
        Assert.Single(texts, t => t.EndsWith("FOR (n:Actor) ON (n.dataset)", StringComparison.Ordinal));
        foreach (var label in GraphSchema.Labels)
        {
            Assert.Single(texts, t => t.Contains($"(n:{label}) REQUIRE", StringComparison.Ordinal));
            Assert.Single(texts, t => t.Contains($"(n:{label}) ON (n.sourceFile)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ShouldCreateConstraintsBeforeIndexes()
    {
        var texts = SchemaStatements.For(Server("3.1.1")).Select(s => s.Text).ToList();

        Assert.True(texts.FindLastIndex(t => t.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
                    < texts.FindIndex(t => t.StartsWith("CREATE INDEX", StringComparison.Ordinal)));
    }

    [Fact]
    public void ShouldRefuseLabelsOutsideTheGraphSchema()
    {
        Assert.Throws<ArgumentException>(() => SchemaStatements.UniqueIdConstraint(new Version(5, 0), "Concept) DETACH DELETE (x"));
    }
}
