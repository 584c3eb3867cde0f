using TimKnowledgeGraph.Tests.Infrastructure;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Queries that read a layer's kind still answer when layers declare only their nature (scale is optional).</summary>
public sealed class LayersWithoutScaleTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task Brokers_class_a_layer_without_scale_by_its_nature()
    {
        await TradeFriendshipFixture.ImportAsync(Client);

        var rows = (await RunAsync(Client, "brokers", ("dataset", TradeFriendshipFixture.Id))).RecordList()
            .ToDictionary(r => (string)r["actorId"]!);

        // m2 trades with m1 and x1 and is friends with m1 and m3: two classes, economic and social.
        var m2 = rows[TradeFriendshipFixture.Id + "/m2"];
        Assert.Equal(2L, Long(m2["classCount"]));
        Assert.Equal(["economic", "social"], List(m2["classes"]).Cast<string>().Order());
        // x1 and x2 trade only: one class, no broker.
        Assert.DoesNotContain(TradeFriendshipFixture.Id + "/x1", rows.Keys);
    }
}
