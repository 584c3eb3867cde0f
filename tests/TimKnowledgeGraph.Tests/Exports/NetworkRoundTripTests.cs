using System.Xml.Linq;
using System.Globalization;
using System.Text.Json;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;
using static TimKnowledgeGraph.Tests.Queries.QueryFixtures;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// Export → NetworkX → import: the trade/friendship fixture (2 layers, isolates, outside actors) exported as GraphML and
/// GEXF is read by NetworkX 3.6 with everything in it, and its GraphML imported alone (no dataset.md) as a new dataset
/// gives the same dataset and the same analyses (participation, overlap, typology, measures).
/// </summary>
public sealed class NetworkRoundTripTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string Copy = "zzq-round-trip";

    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Exports", "read_exports.py");

    [Fact]
    public async Task ShouldListEveryActorWithItsLayersIsolatesIncluded()
    {
        await TradeFriendshipFixture.ImportAsync(Client);

        var dataset = (await new NetworkDatasetReader(Client).ReadAsync(TradeFriendshipFixture.Id, TestContext.Current.CancellationToken))!;

        Assert.Equal(File.ReadLines(Path.Combine(TradeFriendshipFixture.Folder, "actors.csv")).Count() - 1, dataset.Actors.Count);
        Assert.Equal(["friendship", "trade"], dataset.Layers.Select(l => l.Id));
        Assert.Empty(dataset.Actors.Single(a => a.Id == "iso1").Layers);
        Assert.Equal(["friendship"], dataset.Actors.Single(a => a.Id == "iso2").Layers);
        Assert.Equal(["friendship", "trade"], dataset.Actors.Single(a => a.Id == "m2").Layers);
        Assert.Equal(13, dataset.Ties.Count);
        Assert.All(dataset.Ties, t => Assert.DoesNotContain('/', t.Source + t.Target + t.Layer)); // local ids
    }

    [Fact]
    public async Task ShouldGiveIsolatesParticipationZero()
    {
        await TradeFriendshipFixture.ImportAsync(Client);

        var rows = (await RunAsync(Client, "multiplex-participation", ("dataset", TradeFriendshipFixture.Id))).RecordList()
            .ToDictionary(r => (string)r["actorId"]!);

        Assert.Equal(13, rows.Count);
        var iso1 = rows[TradeFriendshipFixture.Id + "/iso1"];
        Assert.Equal((0L, 0L, 0L, 0.0), (Long(iso1["layersParticipated"]), Long(iso1["overlappingDegree"]), Long(iso1["aggregateDegree"]), Double(iso1["participation"])));
        Assert.Equal(1L, Long(rows[TradeFriendshipFixture.Id + "/iso2"]["layersParticipated"]));
        Assert.Equal(0.0, Double(rows[TradeFriendshipFixture.Id + "/iso2"]["participation"]));
        // m2: trade {m1, x1}, friendship {m3, m1}: P = 2/1 * (1 - (2/4)^2 - (2/4)^2) = 1.
        Assert.Equal(1.0, Double(rows[TradeFriendshipFixture.Id + "/m2"]["participation"]), 1e-12);
    }

    [Fact]
    public async Task ShouldBeReadByNetworkXAndImportBackWithTheSameAnalyses()
    {
        await TradeFriendshipFixture.ImportAsync(Client);
        var reader = new NetworkDatasetReader(Client);
        var original = (await reader.ReadAsync(TradeFriendshipFixture.Id, TestContext.Current.CancellationToken))!;
        using var temp = new TempContent();
        var exports = Path.Combine(temp.Root, "exports");
        Directory.CreateDirectory(exports);
        var graphMl = Path.Combine(exports, "export.graphml");
        var gexf = Path.Combine(exports, "export.gexf");
        await StreamedExport.ToFileAsync(reader, original.Id, graphMl, GraphMlWriter.WriteAsync);
        await StreamedExport.ToFileAsync(reader, original.Id, gexf, GexfWriter.WriteAsync);
        GexfSchema.AssertValid(XDocument.Load(gexf)); // Gephi's format rules: the GEXF 1.3 schema

        // NetworkX reads both files whole: every actor (isolates too), every tie with its layer, weight and resource.
        using var seen = JsonDocument.Parse(Python.Run(Script, graphMl, gexf));
        foreach (var format in new[] { "graphml", "gexf" })
        {
            var g = seen.RootElement.GetProperty(format);
            // GraphML is directed whatever the layers (their direction is in its layer data); GEXF says it itself, and
            // both of this fixture's layers are undirected: NetworkX reads a MultiGraph, each edge a pair.
            var directed = format == "graphml";
            Assert.Equal(directed, g.GetProperty("directed").GetBoolean());
            Assert.Equal(original.Actors.Select(a => a.Id).Order(StringComparer.Ordinal),
                g.GetProperty("nodes").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(["iso1", "iso2"], g.GetProperty("isolates").EnumerateArray().Select(e => e.GetString()));
            var family = g.GetProperty("nodes").GetProperty("v1");
            Assert.Equal(("family", "zzq-vil"), (family.GetProperty("kind").GetString(), family.GetProperty("region").GetString()));
            Assert.Equal("friendship", g.GetProperty("nodes").GetProperty("iso2").GetProperty("layers").GetString());
            var edges = g.GetProperty("edges").EnumerateArray()
                .Select(e => $"{e[0].GetString()}->{e[1].GetString()} {e[2].GetProperty("layer").GetString()} {e[2].GetProperty("resource").GetString()} " +
                    e[2].GetProperty("weight").GetDouble().ToString("R", CultureInfo.InvariantCulture))
                .Order(StringComparer.Ordinal);
            var ties = original.Ties.Select(t => (directed || string.CompareOrdinal(t.Source, t.Target) <= 0 ? (t.Source, t.Target) : (t.Target, t.Source)) is var (u, v)
                    ? $"{u}->{v} {t.Layer} {t.Resource} {t.Weight.ToString("R", CultureInfo.InvariantCulture)}" : "")
                .Order(StringComparer.Ordinal);
            Assert.Equal(ties, edges);
            Assert.All(g.GetProperty("edges").EnumerateArray(), e => Assert.Equal(
                e[2].GetProperty("layer").GetString() == "trade" ? "economic" : "social", e[2].GetProperty("nature").GetString()));
        }

        // The GraphML alone, imported as a new dataset, is the same dataset (its regions too, the one no actor is in)...
        Assert.Contains(original.Regions, r => r.Id == "zzq-empty" && r.Name == "No one lives here");
        await TradeFriendshipFixture.ImportAsync(Client, graphMl, Copy);
        var copy = (await reader.ReadAsync(Copy, TestContext.Current.CancellationToken))!;
        Assert.Equal(Json(original with { Id = Copy }), Json(copy));
        Assert.Equal(1, await Neo4j.CountAsync($"MATCH (g:Region {{id: 'zzq-empty'}}) WHERE '{Copy}' IN g.importedBy AND size([(g)--() | 1]) = 0 RETURN count(g)"));

        // ...with the same analyses, up to the dataset's id in the actors' and layers' full ids.
        foreach (var query in new[] { "multiplex-participation", "layer-overlap", "regional-typology" })
        {
            var before = Json((await RunAsync(Client, query, ("dataset", TradeFriendshipFixture.Id))).RecordList());
            var after = Json((await RunAsync(Client, query, ("dataset", Copy))).RecordList());
            Assert.Equal(before.Replace(TradeFriendshipFixture.Id + "/", "", StringComparison.Ordinal), after.Replace(Copy + "/", "", StringComparison.Ordinal));
        }
        Assert.Equal(await MeasuresAsync(TradeFriendshipFixture.Id), await MeasuresAsync(Copy));
    }

    [Fact]
    public async Task ShouldKeepALayersInstanceOfThroughGraphMlAndNetworkX()
    {
        // A network-kind concept in the graph (as content loads it), and the fixture with its trade layer an instance of it.
        using var content = new TempContent();
        content.With("concepts/zzq-trade-kind.md", "---\nkind: network-kind\nname: Trade networks\nsummary: Networks of buying and selling.\n---\nFirms trading.\n");
        Assert.True((await Loading.SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken)).Succeeded);
        using var folder = new ContentCopy(TradeFriendshipFixture.Folder);
        var description = Path.Combine(folder.Root, "dataset.md");
        File.WriteAllText(description, File.ReadAllText(description).Replace(
            "{id: trade, name: Trade, nature: economic}", "{id: trade, name: Trade, nature: economic, instance_of: zzq-trade-kind}", StringComparison.Ordinal));
        await TradeFriendshipFixture.ImportAsync(Client, folder.Root);
        var reader = new NetworkDatasetReader(Client);
        var original = (await reader.ReadAsync(TradeFriendshipFixture.Id, TestContext.Current.CancellationToken))!;
        Assert.Equal(["zzq-trade-kind", null], original.Layers.OrderByDescending(l => l.Id, StringComparer.Ordinal).Select(l => l.InstanceOf));

        using var temp = new TempContent();
        var graphMl = Path.Combine(temp.Root, "kinds.graphml");
        var gexf = Path.Combine(temp.Root, "kinds.gexf");
        await StreamedExport.ToFileAsync(reader, original.Id, graphMl, GraphMlWriter.WriteAsync);
        await StreamedExport.ToFileAsync(reader, original.Id, gexf, GexfWriter.WriteAsync);
        GexfSchema.AssertValid(XDocument.Load(gexf));

        // NetworkX reads both; the GraphML's graph data names the concept beside the layer, as dataset.md did.
        using var seen = JsonDocument.Parse(Python.Run(Script, graphMl, gexf));
        foreach (var format in new[] { "graphml", "gexf" })
            Assert.Equal(original.Actors.Count, seen.RootElement.GetProperty(format).GetProperty("nodes").EnumerateObject().Count());
        using var layers = JsonDocument.Parse(seen.RootElement.GetProperty("graphml").GetProperty("graph").GetProperty("layers").GetString()!);
        Assert.Equal("zzq-trade-kind", layers.RootElement.EnumerateArray().Single(l => l.GetProperty("id").GetString() == "trade").GetProperty("instance_of").GetString());

        // Imported back alone: the same dataset, its layer again an INSTANCE_OF the concept, the same analyses.
        await TradeFriendshipFixture.ImportAsync(Client, graphMl, Copy);
        var copy = (await reader.ReadAsync(Copy, TestContext.Current.CancellationToken))!;
        Assert.Equal(Json(original with { Id = Copy }), Json(copy));
        Assert.Equal(1, await Neo4j.CountAsync($"MATCH (:Network {{id: '{Copy}/trade'}})-[:INSTANCE_OF]->(:Concept {{id: 'zzq-trade-kind', kind: 'network-kind'}}) RETURN count(*)"));
        foreach (var query in new[] { "multiplex-participation", "layer-overlap", "regional-typology" })
        {
            var before = Json((await RunAsync(Client, query, ("dataset", TradeFriendshipFixture.Id))).RecordList());
            var after = Json((await RunAsync(Client, query, ("dataset", Copy))).RecordList());
            Assert.Equal(before.Replace(TradeFriendshipFixture.Id + "/", "", StringComparison.Ordinal), after.Replace(Copy + "/", "", StringComparison.Ordinal));
        }
        Assert.Equal(await MeasuresAsync(TradeFriendshipFixture.Id), await MeasuresAsync(Copy));
    }

    // Every standard measure per actor (by local id), aggregate and per layer, as text to 12 significant digits.
    private async Task<List<string>> MeasuresAsync(string dataset)
    {
        var network = (await MultiplexProjection.ReadAsync(Client, dataset, TestContext.Current.CancellationToken))!;
        var m = MeasureCalculator.Compute(network, new MeasureOptions());
        string F(double x) => x.ToString("G12", CultureInfo.InvariantCulture);
        var rows = new List<string>();
        for (var i = 0; i < network.ActorCount; i++)
        {
            var id = network.ActorIds[i][(dataset.Length + 1)..];
            var graphs = new[] { m.Aggregate }.Concat(m.Layers);
            rows.Add($"{id} md={m.MultiplexDegree[i]} p={F(m.Participation[i])} " + string.Join(" | ", graphs.Select(g =>
                $"k={g.Degree[i]} b={F(g.Betweenness[i])} es={F(g.Holes.EffectiveSize[i])} c={F(g.Holes.Constraint[i])} " +
                $"roles={g.Roles.Coordinator[i]},{g.Roles.Itinerant[i]},{g.Roles.Representative[i]},{g.Roles.Gatekeeper[i]},{g.Roles.Liaison[i]}")));
        }
        rows.Sort(StringComparer.Ordinal);
        rows.Add("layers: " + string.Join(",", network.Layers.Select(l => l[(dataset.Length + 1)..])));
        return rows;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
