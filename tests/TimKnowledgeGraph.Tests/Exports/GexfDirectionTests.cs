using System.Text.Json;
using System.Xml.Linq;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// GEXF carries the layers' direction (dataset.md <c>directed: true</c>) so that both Gephi and NetworkX 3.6 read it:
/// every layer directed, a directed graph; none, an undirected one; mixed, a directed graph whose undirected layers'
/// edges are <c>type="mutual"</c> (both ways). NetworkX's read_gexf refuses <c>type="undirected"</c> in a directed graph
/// and <c>type="directed"</c> in an undirected one, but reads a mutual edge as an arc each way. Each file is also valid
/// against the GEXF 1.3 schema.
/// </summary>
public sealed class GexfDirectionTests
{
    // NetworkX's graph class and edge count, and the arcs of the edge e1 (a tie of the second layer, a -> c). The ties
    // a -> b in both layers are parallel edges in every case: without any, read_gexf gives a DiGraph or Graph instead.
    private const string Read =
        "import json, sys, networkx as nx\n" +
        "g = nx.read_gexf(sys.argv[1])\n" +
        "print(json.dumps({'class': type(g).__name__, 'edges': g.number_of_edges(),\n" +
        "    'e1': sorted([u, v] for u, v, k in g.edges(keys=True) if k == 'e1')}))";

    [Theory]
    // directed layers (of two), edgedefault, mutual edges, NetworkX's class, its edge count, the arcs of e1 (layer l2)
    [InlineData(true, true, "directed", 0, "MultiDiGraph", 4, "a>c")]
    [InlineData(false, false, "undirected", 0, "MultiGraph", 4, "a>c")]
    [InlineData(true, false, "directed", 2, "MultiDiGraph", 6, "a>c c>a")]
    [InlineData(false, true, "directed", 2, "MultiDiGraph", 6, "a>c")]
    public void Direction_is_read_by_NetworkX_and_valid_GEXF(bool firstDirected, bool secondDirected, string edgeDefault,
        int mutualEdges, string networkXClass, int networkXEdges, string arcsOfE1)
    {
        var dataset = new NetworkDataset("d", null,
            [new("l1", null, null, null, null, Directed: firstDirected), new("l2", null, null, null, null, Directed: secondDirected)],
            [new NetworkActor("a", null, null, null, null), new NetworkActor("b", null, null, null, null), new NetworkActor("c", null, null, null, null)],
            [
                new NetworkTie(null, "a", "b", "l1", null, 1), new NetworkTie(null, "a", "c", "l2", null, 1),
                new NetworkTie(null, "b", "a", "l1", null, 1), new NetworkTie(null, "a", "b", "l2", null, 1),
            ]);

        var gexf = GexfWriter.Write(dataset);

        GexfSchema.AssertValid(gexf);
        Assert.Equal(edgeDefault, (string?)gexf.Root!.Element(GexfWriter.Ns + "graph")!.Attribute("defaultedgetype"));
        var edges = gexf.Descendants(GexfWriter.Ns + "edge").ToList();
        Assert.Equal(mutualEdges, edges.Count(e => (string?)e.Attribute("type") == "mutual"));
        Assert.All(edges, e => Assert.Contains((string?)e.Attribute("type"), new[] { null, "mutual" }));

        using var temp = new TempContent();
        var file = Path.Combine(temp.Root, "d.gexf");
        gexf.Save(file);
        using var seen = JsonDocument.Parse(Python.Run("-c", Read, file));
        Assert.Equal(networkXClass, seen.RootElement.GetProperty("class").GetString());
        Assert.Equal(networkXEdges, seen.RootElement.GetProperty("edges").GetInt32());
        Assert.Equal(arcsOfE1, string.Join(' ', seen.RootElement.GetProperty("e1").EnumerateArray().Select(a => $"{a[0].GetString()}>{a[1].GetString()}")));
    }

    [Fact]
    public void A_dataset_without_layers_is_undirected()
    {
        var gexf = GexfWriter.Write(new NetworkDataset("d", null, [], [new NetworkActor("a", null, null, null, null)], []));

        GexfSchema.AssertValid(gexf);
        Assert.Equal("undirected", (string?)gexf.Root!.Element(GexfWriter.Ns + "graph")!.Attribute("defaultedgetype"));
    }
}
