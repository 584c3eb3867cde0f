using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Layer overlap where layers have members but no ties: nothing to overlap, so the tie index is 0, not 1.</summary>
public sealed class LayerOverlapEdgeCaseTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task Layers_without_ties_do_not_overlap_in_ties()
    {
        await Client.RunAsync([new CypherStatement("""
            CREATE (d:Dataset {id: 'zzq-empty'}),
                   (d)-[:CONTAINS]->(a:Network {id: 'zzq-empty/a', name: 'A'}),
                   (d)-[:CONTAINS]->(b:Network {id: 'zzq-empty/b', name: 'B'}),
                   (d)-[:CONTAINS]->(c:Network {id: 'zzq-empty/c', name: 'C'}),
                   (x:Actor {id: 'zzq-empty/x', dataset: 'zzq-empty'})-[:PARTICIPATES_IN]->(a),
                   (x)-[:PARTICIPATES_IN]->(b),
                   (y:Actor {id: 'zzq-empty/y', dataset: 'zzq-empty'})-[:PARTICIPATES_IN]->(b),
                   (z:Actor {id: 'zzq-empty/z', dataset: 'zzq-empty'})-[:PARTICIPATES_IN]->(c),
                   (y)-[:PARTICIPATES_IN]->(c),
                   (y)-[:TIE {network: 'zzq-empty/c'}]->(z)
            """)], TestContext.Current.CancellationToken);

        var rows = (await QueryFixtures.RunAsync(Client, "layer-overlap", ("dataset", "zzq-empty"))).Records().ToList();

        var ab = Assert.Single(rows, r => (string)r["layerA"]! == "zzq-empty/a" && (string)r["layerB"]! == "zzq-empty/b");
        Assert.Equal(0L, ab["pairsEither"]);
        Assert.Equal(0.0, ab["tieJaccard"]);
        Assert.Equal(0.5, ab["actorJaccard"]);
        var bc = Assert.Single(rows, r => (string)r["layerA"]! == "zzq-empty/b" && (string)r["layerB"]! == "zzq-empty/c");
        Assert.Equal(1L, bc["pairsEither"]);
        Assert.Equal(0.0, bc["tieJaccard"]);
        Assert.Equal(1.0 / 3, (double)bc["actorJaccard"]!, 9);
        Assert.Equal(3, rows.Count);
    }
}
