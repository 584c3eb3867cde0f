using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// A one-layer network as Gephi's data laboratory exports its tables (nodes <c>Id,Label</c>, edges
/// <c>Source,Target,Type,Weight</c>), imported with a dataset.md that says only its layer: no columns renamed by hand.
/// </summary>
public sealed class GephiTablesImportTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldImportGephisTablesIntoTheOneLayerWithTheLabelsAsNames()
    {
        using var content = new TempContent()
            .With("dataset.md", "---\nid: zzq-gephi\nlayers: [{id: trade, nature: economic}]\n---\n")
            .With("actors.csv", "Id,Label\na,Alfa\nb,Beta\nc,Gamma\n")
            .With("ties.csv", "Source,Target,Type,Id,Weight\na,b,Undirected,0,2.0\nb,c,Undirected,1,1.0\n");

        var outcome = await TradeFriendshipFixture.ImportAsync(Client, content.Root);

        Assert.Equal((3L, 2L), (outcome.Actors, outcome.Ties));
        var graph = await Client.RunAsync(
        [
            new CypherStatement("MATCH (a:Actor {dataset: 'zzq-gephi'}) RETURN a.localId, a.name ORDER BY a.localId"),
            new CypherStatement("MATCH (:Actor {dataset: 'zzq-gephi'})-[t:TIE]->() RETURN t.network, sum(t.weight)"),
        ], TestContext.Current.CancellationToken);
        Assert.Equal(["a Alfa", "b Beta", "c Gamma"], graph[0].Rows.Select(r => $"{r[0]} {r[1]}"));
        Assert.Equal(("zzq-gephi/trade", 3.0), ((string)graph[1].Rows.Single()[0]!, Convert.ToDouble(graph[1].Rows.Single()[1], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
