using System.Net;
using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>The skeleton end to end: content loaded at start-up, lineage answered over HTTP from Neo4j.</summary>
public sealed class LineageApiTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldServeTheLineageOfAConceptReadFromNeo4j()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var lineage = await host.GetJsonAsync<JsonElement>("/api/concepts/learning-region/lineage");
        var steps = Steps(lineage);

        Assert.Contains(("ancestor", "MEMBER_OF", "learning-region", "territorial-innovation-models"), steps);
        Assert.Contains(("ancestor", "DERIVED_FROM", "learning-region", "learning-organisation"), steps);
        Assert.Contains(("descendant", "DERIVED_FROM", "sdin", "learning-region"), steps);
        Assert.Equal(3, steps.Count);

        var derived = lineage.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("toId").GetString() == "learning-organisation");
        Assert.Equal("florida1995", derived.GetProperty("stepRef").GetString());
        var introduced = Assert.Single(derived.GetProperty("introducedIn").EnumerateArray());
        Assert.Equal("storper1993", introduced.GetProperty("ref").GetString());
        Assert.Equal(1993, introduced.GetProperty("year").GetInt64());
        Assert.Equal("concepts/learning-region.md", derived.GetProperty("sourceFile").GetString());

        // The answer is read from the database, not from the files: change the graph and ask again.
        await Client.RunAsync([CypherStatement.Of("MATCH (c:Concept {id: $id}) DETACH DELETE c", ("id", "sdin"))], TestContext.Current.CancellationToken);
        var after = Steps(await host.GetJsonAsync<JsonElement>("/api/concepts/learning-region/lineage"));
        Assert.DoesNotContain(after, s => s.Direction == "descendant");
    }

    [Fact]
    public async Task ShouldAnswerNotFoundForAnUnknownConcept()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var response = await host.Http.GetAsync("/api/concepts/no-such-concept/lineage", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ShouldReportTheLoadThatHappenedAtStartUp()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var status = await host.GetJsonAsync<JsonElement>("/api/load/status");

        Assert.True(status.GetProperty("latest").GetProperty("succeeded").GetBoolean());
        Assert.Equal(5, status.GetProperty("latest").GetProperty("files").GetInt32());
        Assert.Equal(4, await Neo4j.CountAsync("MATCH (c:Concept) RETURN count(c)"));
    }

    private static List<(string Direction, string Relationship, string FromId, string ToId)> Steps(JsonElement lineage) =>
        lineage.GetProperty("records").EnumerateArray()
            .Select(r => (r.GetProperty("direction").GetString()!, r.GetProperty("relationship").GetString()!,
                r.GetProperty("fromId").GetString()!, r.GetProperty("toId").GetString()!))
            .ToList();
}
