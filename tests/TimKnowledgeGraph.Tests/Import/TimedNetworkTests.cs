using System.Xml.Linq;
using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Graph.Loading;
using SyncHarness = TimKnowledgeGraph.Tests.Loading.SyncHarness;
using TimKnowledgeGraph.Tests.Exports;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Import;

/// <summary>
/// Time in network data through <c>timkg import</c> on the real Neo4j (Import/Fixtures/timed-panel: years, ISO dates,
/// open ends, waves, two spells of one pair, an untimed tie): stored as time-schema says, the same after a re-import,
/// refused with one diagnostic per bad value and nothing written, and exported (GraphML, dynamic GEXF) so that NetworkX
/// reads the times and a GraphML re-import gives the same times.
/// </summary>
public sealed class TimedNetworkTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string Id = "zzq-timed-panel";
    private const string Copy = "zzq-timed-copy";

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Import", "Fixtures", "timed-panel");

    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Exports", "read_exports.py");

    // source->target layer from..to wave#index key, for every TIE of a dataset, sorted.
    private const string TiesQuery =
        "MATCH (a:Actor)-[t:TIE]->(b:Actor) WHERE a.dataset = $d " +
        "RETURN a.localId + '->' + b.localId + ' ' + t.network + ' ' + coalesce(t.validFrom, '') + '..' + coalesce(t.validTo, '') + ' ' + " +
        "coalesce(t.wave, '') + '#' + coalesce(toString(t.waveIndex), '') + ' ' + t.key AS row ORDER BY row";

    private const string ParticipationsQuery =
        "MATCH (a:Actor)-[p:PARTICIPATES_IN]->(n:Network) WHERE a.dataset = $d " +
        "RETURN a.localId + ' ' + n.layer + ' ' + coalesce(toString(p.listed), '-') + ' ' + coalesce(p.validFrom, '') + '..' + coalesce(p.validTo, '') + ' ' + " +
        "coalesce(p.wave, '') + '#' + coalesce(toString(p.waveIndex), '') AS row ORDER BY row";

    [Fact]
    public async Task ShouldStoreYearsDatesOpenEndsAndWavesAsTheTimeSchemaSays()
    {
        var outcome = await Importer().ImportAsync(Folder, null, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        await AssertStoredAsync();
        var dataset = await Client.RunAsync([CypherStatement.Of("MATCH (d:Dataset {id: $d}) RETURN d.waves, d.timed", ("d", Id))], TestContext.Current.CancellationToken);
        Assert.Equal(["w1", "w2"], ((IEnumerable<object?>)dataset[0].Rows[0][0]!).Cast<string>());
        Assert.Equal(true, dataset[0].Rows[0][1]);
    }

    [Fact]
    public async Task ShouldStoreTheSameTimesThroughTheContentLoadAndRefuseABadOneWithoutWriting()
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "networks", "timed-panel");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Folder)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var sync = SyncHarness.Create(Client, content.Root);

        var loaded = await sync.LoadAsync(TestContext.Current.CancellationToken);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        await AssertStoredAsync();
        var before = await GraphDump.TakeAsync(Client);

        File.AppendAllText(Path.Combine(folder, "ties.csv"), "a,d,trade,,,2009,2008-06-01,\n");
        var refused = await sync.LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LoadMode.Rejected, refused.Mode);
        Assert.Equal(["networks/timed-panel/ties.csv:9:18 TKG037"], refused.Errors.Select(d => $"{d.Location} {d.Code}"));
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    // What the fixture stores, by the import and by the content load alike.
    private async Task AssertStoredAsync()
    {
        // The names dataset.md gives its waves ("" for w2, which has none): they were not stored at all.
        var names = await Client.RunAsync([CypherStatement.Of("MATCH (d:Dataset {id: $d}) RETURN d.waveNames", ("d", Id))], TestContext.Current.CancellationToken);
        Assert.Equal(["First survey", ""], ((IEnumerable<object?>)names[0].Rows[0][0]!).Cast<string>());
        Assert.Equal(
        [
            // A year as from is its first day, as to its last; open ends stay absent; wave ids with their positions.
            $"a->b {Id}/trade 2007-01-01..2009-12-31 # trade||2007-01-01",
            $"a->b {Id}/trade 2011-03-01.. # trade||2011-03-01",
            $"a->c {Id}/trade .. w1#1 trade|w1|",
            $"a->c {Id}/trade .. w2#2 trade|w2|",
            $"b->a {Id}/trade ..2008-02-29 # trade",
            $"b->c {Id}/events 2007-05-14..2007-05-16 # events||2007-05-14",
            // Timeless: key = layer, as before time existed.
            $"c->a {Id}/trade .. # trade",
        ], await RowsAsync(TiesQuery));
        Assert.Equal(
        [
            "a trade true 2005-01-01.. #",  // listed, with the actor row's time
            "b events - .. #",              // implied by ties only
            "b trade - .. #",
            "c events true .. w2#2",
            "c trade - .. #",
        ], await RowsAsync(ParticipationsQuery));
    }

    [Fact]
    public async Task ShouldLeaveTheSameTimedGraphWhenImportedAgain()
    {
        Assert.True((await Importer().ImportAsync(Folder, null, TestContext.Current.CancellationToken)).Succeeded);
        var once = await GraphDump.TakeAsync(Client, "importRun", "completedRun", "completedAt");

        var again = await Importer().ImportAsync(Folder, null, TestContext.Current.CancellationToken);

        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.False(again.FirstImport);
        Assert.Equal(once, await GraphDump.TakeAsync(Client, "importRun", "completedRun", "completedAt"));
    }

    [Fact]
    public async Task ShouldReportEachBadTimeAtItsFieldAndLeaveTheGraphAsItWas()
    {
        Assert.True((await Importer().ImportAsync(Folder, null, TestContext.Current.CancellationToken)).Succeeded);
        var before = await GraphDump.TakeAsync(Client);
        using var temp = new TempContent();
        var folder = Path.Combine(temp.Root, "timed-panel");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Folder)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(folder, "ties.csv"), "a,d,trade,,,2007-13-01,,\na,d,trade,,,20x7,,\na,d,trade,,,2010,2009,\na,d,trade,,,,,w3\n");
        File.AppendAllText(Path.Combine(folder, "actors.csv"), "e,E,firm,,trade,,2007-02-30,\n");

        var outcome = await Importer().ImportAsync(folder, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
        [
            "timed-panel/actors.csv:6:18 TKG036", // the field's first character
            "timed-panel/ties.csv:9:13 TKG036",
            "timed-panel/ties.csv:10:13 TKG036",
            "timed-panel/ties.csv:11:18 TKG037",  // reported at the 'to'
            "timed-panel/ties.csv:12:15 TKG038",
        ], outcome.Errors.Select(d => $"{d.Location} {d.Code}"));
        Assert.Contains(outcome.Errors, d => d.Message.Contains("'20x7' is not a date; expected a year like 2007 or a date like 2007-05-14", StringComparison.Ordinal));
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    [Fact]
    public async Task ShouldExportTimesThatNetworkXReadsAndThatImportBack()
    {
        Assert.True((await Importer().ImportAsync(Folder, null, TestContext.Current.CancellationToken)).Succeeded);
        var reader = new NetworkDatasetReader(Client);
        var original = (await reader.ReadAsync(Id, TestContext.Current.CancellationToken))!;
        using var temp = new TempContent();
        var graphMl = Path.Combine(temp.Root, "timed.graphml");
        var gexf = Path.Combine(temp.Root, "timed.gexf");
        await StreamedExport.ToFileAsync(reader, original.Id, graphMl, GraphMlWriter.WriteAsync);
        await StreamedExport.ToFileAsync(reader, original.Id, gexf, GexfWriter.WriteAsync);
        GexfSchema.AssertValid(XDocument.Load(gexf)); // dynamic, with dates: still GEXF 1.3

        using var seen = JsonDocument.Parse(Python.Run(Script, graphMl, gexf));
        // GraphML: from/to/wave as edge data, read back by NetworkX.
        var graphMlEdges = Edges(seen.RootElement.GetProperty("graphml"), "from", "to", "wave");
        // GEXF: a dynamic graph with dates (start/end), which NetworkX keeps as the edges' start and end.
        var gexfGraph = seen.RootElement.GetProperty("gexf");
        Assert.Equal("dynamic", gexfGraph.GetProperty("graph").GetProperty("mode").GetString());
        var gexfEdges = Edges(gexfGraph, "start", "end", "wave");
        var expected = new[]
        {
            "a->b 2007-01-01 2009-12-31 -", "a->b 2011-03-01 - -", "a->c - - w1", "a->c - - w2", "b->a - 2008-02-29 -",
            "b->c 2007-05-14 2007-05-16 -", "c->a - - -",
        };
        Assert.Equal(expected, graphMlEdges);
        // The fixture's layer is undirected: the GEXF is an undirected graph, each edge a pair (its ends in order).
        Assert.False(gexfGraph.GetProperty("directed").GetBoolean());
        Assert.Equal([.. expected.Select(e => e.Replace("b->a", "a->b", StringComparison.Ordinal).Replace("c->a", "a->c", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)], gexfEdges);
        Assert.Equal("2005-01-01", gexfGraph.GetProperty("nodes").GetProperty("a").GetProperty("start").GetString());

        // The GraphML alone, imported as a new dataset, has the same times (and the waves in their order).
        var outcome = await Importer().ImportAsync(graphMl, null, TestContext.Current.CancellationToken, Copy);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var copy = (await reader.ReadAsync(Copy, TestContext.Current.CancellationToken))!;
        Assert.Equal(original.Waves, copy.Waves);
        Assert.Equal(["First survey", ""], copy.WaveNames); // the names travel in GraphML's waves
        Assert.Equal(original.WaveNames, copy.WaveNames);
        Assert.Equal(Times(original), Times(copy));
        // Listed participations stay listed with their time, implied ones implied (c is listed in events, in trade by a tie).
        Assert.Equal(await RowsAsync(ParticipationsQuery), await RowsAsync(ParticipationsQuery, Copy));
    }

    [Fact]
    public void GexfWithOnlyWavesPlaysTheWavePositions()
    {
        var dataset = new NetworkDataset("w", null, [new NetworkLayer("l", null, null, "social", null)],
            [new NetworkActor("a", null, null, null, null, ["l"]), new NetworkActor("b", null, null, null, null, ["l"])],
            [new NetworkTie("l|w2|", "a", "b", "l", null, 1) { Time = new NetworkSpell(null, null, "w2", 2) }, new NetworkTie("l", "b", "a", "l", null, 1)])
        { Waves = ["w1", "w2"] };

        var graph = GexfWriter.Write(dataset).Root!.Element(GexfWriter.Ns + "graph")!;

        Assert.Equal(("dynamic", "integer"), ((string?)graph.Attribute("mode"), (string?)graph.Attribute("timeformat")));
        var edges = graph.Element(GexfWriter.Ns + "edges")!.Elements().ToList();
        Assert.Equal(("2", "2"), ((string?)edges[0].Attribute("start"), (string?)edges[0].Attribute("end")));
        Assert.Null(edges[1].Attribute("start")); // timeless: exists throughout
    }

    [Fact]
    public void GraphMlOfATimedDatasetWhoseActorsListNoLayerWritesNoNodeLayers()
    {
        // No actor lists a layer, so every participation is implied by a tie. The export took that for a graph loaded
        // before listed participations were marked and wrote every layer on the node: the re-import made them listed,
        // timeless memberships, and layer-overlap in wave w1 counted c (tied in w2 only) as a member (Jaccard 1 -> 0.67).
        var dataset = new NetworkDataset("w", null, [new NetworkLayer("l", null, null, "social", null), new NetworkLayer("m", null, null, "economic", null)],
            // As NetworkDatasetReader reads them: every actor's listed layers known, here none.
            [
                new NetworkActor("a", null, null, null, null, ["l", "m"]) { ListedLayers = [] },
                new NetworkActor("b", null, null, null, null, ["l", "m"]) { ListedLayers = [] },
                new NetworkActor("c", null, null, null, null, ["l"]) { ListedLayers = [] },
            ],
            [
                new NetworkTie("l|w1|", "a", "b", "l", null, 1) { Time = new NetworkSpell(null, null, "w1", 1) },
                new NetworkTie("m|w1|", "a", "b", "m", null, 1) { Time = new NetworkSpell(null, null, "w1", 1) },
                new NetworkTie("l|w2|", "b", "c", "l", null, 1) { Time = new NetworkSpell(null, null, "w2", 2) },
            ])
        { Waves = ["w1", "w2"] };

        var graphMl = GraphMlWriter.Write(dataset);

        var layersKey = graphMl.Root!.Elements(GraphMlWriter.Ns + "key").Single(k => (string?)k.Attribute("attr.name") == "layers" && (string?)k.Attribute("for") == "node");
        Assert.DoesNotContain(graphMl.Descendants(GraphMlWriter.Ns + "data"), d => (string?)d.Attribute("key") == (string?)layersKey.Attribute("id"));
    }

    [Fact]
    public void UntimedDatasetsExportAsBefore()
    {
        var dataset = new NetworkDataset("s", null, [new NetworkLayer("l", null, null, "social", null)],
            [new NetworkActor("a", null, null, null, null, ["l"]), new NetworkActor("b", null, null, null, null, ["l"])],
            [new NetworkTie("l", "a", "b", "l", null, 1)]);

        var gexf = GexfWriter.Write(dataset).ToString();
        var graphMl = GraphMlWriter.Write(dataset).ToString();

        Assert.Contains("mode=\"static\"", gexf, StringComparison.Ordinal);
        Assert.DoesNotContain("timeformat", gexf, StringComparison.Ordinal);
        Assert.DoesNotContain("attr.name=\"from\"", graphMl, StringComparison.Ordinal);
    }

    private static List<string> Times(NetworkDataset dataset) =>
    [
        .. dataset.Ties.Select(t => $"{t.Source}->{t.Target} {t.Layer} {t.Time}")
            .Concat(dataset.Actors.Select(a => $"{a.Id} {a.Time}")).Order(StringComparer.Ordinal),
    ];

    private static List<string> Edges(JsonElement graph, string from, string to, string wave) =>
    [
        .. graph.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e[0].GetString()}->{e[1].GetString()} {Text(e[2], from)} {Text(e[2], to)} {Text(e[2], wave)}")
            .Order(StringComparer.Ordinal),
    ];

    private static string Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) ? value.ToString() : "-";

    private async Task<List<string>> RowsAsync(string query, string dataset = Id)
    {
        var results = await Client.RunAsync([CypherStatement.Of(query, ("d", dataset))]);
        return [.. results[0].Rows.Select(r => (string)r[0]!)];
    }

    // Imported the way `timkg import` does it, as every network fixture is.
    private NetworkImporter Importer() => TradeFriendshipFixture.Importer(Client);
}
