using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The projection's paged statements start from an index or node-id seek, never from a scan of every Actor per page
/// (a label scan per page made the 1M-tie projection take 80 s). Neo4j replans a cached plan when
/// the store's statistics change by half, so a plan made on a small store does not stay. Checked on the real Neo4j's plans (EXPLAIN).
/// </summary>
public sealed class ProjectionPlanTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly string[] Scans = ["NodeByLabelScan", "AllNodesScan"];

    [Fact]
    public async Task ShouldSeekTheDatasetsActorsByIndex()
    {
        // Many actors of another dataset: without the index hint, 3.1 plans a NodeByLabelScan on a store like this.
        await Client.RunAsync([CypherStatement.Of("UNWIND range(1, 2000) AS i CREATE (:Actor {id: 'plan/' + i, dataset: 'plan'})")], TestContext.Current.CancellationToken);
        var plan = await PlanAsync(MultiplexProjection.ActorsStatement, ("d", "plan"));

        Assert.Contains("NodeIndexSeek", plan);
        Assert.DoesNotContain(plan, Scans.Contains);
    }

    [Fact]
    public async Task ShouldSeekAPageOfTiesByNodeId()
    {
        // On an empty store any plan is cheap and Neo4j 3.1 scans; with some nodes present it must seek.
        await Client.RunAsync([CypherStatement.Of("UNWIND range(1, 2000) AS i CREATE (:Actor {id: 'plan/' + i, dataset: 'plan'})")], TestContext.Current.CancellationToken);
        var plan = await PlanAsync(MultiplexProjection.TiesStatement, ("ids", new List<long> { 1, 2, 3 }));

        Assert.Contains("NodeByIdSeek", plan);
        Assert.DoesNotContain(plan, Scans.Contains);
    }

    private async Task<List<string>> PlanAsync(string statement, params (string, object?)[] parameters)
    {
        var result = await Client.RunAsync([CypherStatement.Of("EXPLAIN " + statement, parameters)]);
        return [.. result[0].Plan!.SelfAndDescendants().Select(p => p.OperatorType)];
    }
}
