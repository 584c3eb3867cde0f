using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Host.Api;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The whole path on the real Neo4j: a dataset imported (isolates and regions included), projected from Neo4j, computed,
/// compared with NetworkX on the same files; written back as properties plain Cypher reads; served over HTTP; and
/// ignored by the content sync, so the next load sees no drift.
/// </summary>
public sealed class MeasureEndToEndTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly MeasureOptions Options = new();

    [Theory]
    [InlineData("karate")]
    [InlineData("florentine")]
    [InlineData("padgett")]
    [InlineData("random")]
    public async Task ShouldGiveNetworkXFiguresForAnImportedDataset(string name)
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, name);
        if (name == "random") FixtureNetworks.WriteRandom(folder, name, 80, 260, 3, 4, 6, 5);
        else ReferenceMeasures.WriteClassic(name, folder);
        await ImportAsync(folder);

        var network = await MultiplexProjection.ReadAsync(Client, name, TestContext.Current.CancellationToken);
        var ours = MeasureCalculator.Compute(network!, Options);

        Assert.Equal(File.ReadLines(Path.Combine(folder, "actors.csv")).Count() - 1, network!.ActorCount); // isolates included
        ReferenceMeasures.AssertAgree(ReferenceMeasures.Compute(folder, network.Layers), ours, id => id[(name.Length + 1)..]);
    }

    [Fact]
    public async Task ShouldWriteMeasuresBackAsPropertiesThatPlainCypherReads()
    {
        using var content = new TempContent();
        await ImportRandomAsync(content, actors: 50, ties: 150);
        var service = NewService();

        var written = await service.WriteAsync("random", TestContext.Current.CancellationToken);
        var measures = written!.Value.Measures;

        Assert.Equal(50, written.Value.Actors);
        var rows = (await Client.RunAsync([CypherStatement.Of(
            "MATCH (a:Actor {dataset: 'random'}) RETURN a.id, a.betweenness, a.constraint, a.gfRepresentative, a.participation, a.degree")], TestContext.Current.CancellationToken))[0].Rows;
        var network = measures.Network;
        foreach (var row in rows)
        {
            var i = network.ActorIds.ToList().IndexOf((string)row[0]!);
            Assert.Equal(measures.Aggregate.Betweenness[i], (double)row[1]!, 12);
            if (double.IsNaN(measures.Aggregate.Holes.Constraint[i])) Assert.Null(row[2]); // undefined: no property
            else Assert.Equal(measures.Aggregate.Holes.Constraint[i], (double)row[2]!, 12);
            Assert.Equal(measures.Aggregate.Roles.Representative[i], (long)row[3]!);
            Assert.Equal(measures.Participation[i], Convert.ToDouble(row[4]), 12);
            Assert.Equal(measures.Aggregate.Degree[i], (long)row[5]!);
        }
        // Per layer, on the actor's PARTICIPATES_IN relationship to that layer.
        var layer = network.Layers[1];
        var layerRows = (await Client.RunAsync([CypherStatement.Of(
            "MATCH (a:Actor)-[p:PARTICIPATES_IN]->(:Network {id: $layer}) RETURN a.id, p.degree, p.betweenness", ("layer", layer))], TestContext.Current.CancellationToken))[0].Rows;
        Assert.NotEmpty(layerRows);
        foreach (var row in layerRows)
        {
            var i = network.ActorIds.ToList().IndexOf((string)row[0]!);
            Assert.Equal(measures.Layers[1].Degree[i], (long)row[1]!);
            Assert.Equal(measures.Layers[1].Betweenness[i], (double)row[2]!, 12);
        }
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'random', measuresBetweenness: 'exact'}) RETURN count(d)"));
    }

    [Fact]
    public async Task ShouldServeMeasuresOverHttpForTheAggregateAndOneLayer()
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "karate");
        ReferenceMeasures.WriteClassic("karate", folder);
        await ImportAsync(folder);
        await using var app = await StartApiAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var all = JsonDocument.Parse(await http.GetStringAsync("/api/networks/karate/measures", TestContext.Current.CancellationToken)).RootElement;
        var top = JsonDocument.Parse(await http.GetStringAsync("/api/networks/karate/measures?layer=karate/friendship&top=3", TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal("exact", all.GetProperty("betweenness").GetString());
        Assert.Equal(34, all.GetProperty("actors").GetInt32());
        Assert.Equal(78, all.GetProperty("tiedPairs").GetInt64());
        Assert.Equal(34, all.GetProperty("records").GetArrayLength());
        // Zachary's instructor (node 0) has the highest betweenness; NetworkX gives 0.43763528138528146.
        var first = top.GetProperty("records")[0];
        Assert.Equal("karate/k0", first.GetProperty("actorId").GetString());
        ReferenceMeasures.AssertClose(0.43763528138528146, first.GetProperty("betweenness").GetDouble(), "betweenness of k0");
        Assert.Equal(3, top.GetProperty("records").GetArrayLength());
        // The layer's own id names it as well as its node id (the docs use the former; it was a 400).
        var bare = JsonDocument.Parse(await http.GetStringAsync("/api/networks/karate/measures?layer=friendship&top=3", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(top.GetProperty("records").GetRawText(), bare.GetProperty("records").GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/networks/no-such/measures", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/networks/karate/measures?layer=nope", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/networks/karate/measures?top=0", TestContext.Current.CancellationToken)).StatusCode);
        // The measures are of all time: a period was answered with all time as if it had been read (a 200).
        using var period = await http.GetAsync("/api/networks/karate/measures?layer=friendship&from=2008", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.Equal("Parameter from is not read by the measures, which are of all time; the analyses by period are /api/networks/karate/dynamics?from=…, got '2008'.",
            JsonDocument.Parse(await period.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("detail").GetString());
    }

    /// <summary>
    /// A layer declared directed in dataset.md, imported: the projection reads the flag, the measures follow NetworkX's
    /// DiGraph figures (the aggregate directed, the undirected layer's ties both ways), in- and out-degree are written
    /// back where the graph is directed and nowhere else, and the API names the convention.
    /// </summary>
    [Fact]
    public async Task ShouldMeasureALayerDeclaredDirectedAsNetworkXMeasuresTheDiGraph()
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "advice");
        FixtureNetworks.WriteRandom(folder, "advice", 60, 220, 2, 3, 4, 12);
        MakeDirected(folder, "l0");
        await ImportAsync(folder);

        var network = await MultiplexProjection.ReadAsync(Client, "advice", TestContext.Current.CancellationToken);
        var ours = MeasureCalculator.Compute(network!, Options);

        Assert.Equal((true, false, true), (network!.IsDirected(0), network.IsDirected(1), network.IsAggregateDirected));
        DirectedMeasureAgreementTests.AssertAgree(DirectedMeasureAgreementTests.Reference(folder, network), ours, id => id["advice/".Length..]);

        await NewService().WriteAsync("advice", TestContext.Current.CancellationToken);
        var written = (await Client.RunAsync([CypherStatement.Of(
            "MATCH (a:Actor {dataset: 'advice'}) OPTIONAL MATCH (a)-[p:PARTICIPATES_IN]->(:Network {id: 'advice/l1'}) " +
            "RETURN a.id, a.inDegree, a.outDegree, p.inDegree, p IS NULL")], TestContext.Current.CancellationToken))[0].Rows;
        foreach (var row in written)
        {
            var i = network.ActorIds.ToList().IndexOf((string)row[0]!);
            Assert.Equal((long)ours.Aggregate.InDegree![i], (long)row[1]!);
            Assert.Equal((long)ours.Aggregate.OutDegree![i], (long)row[2]!);
            Assert.Null(row[3]); // the undirected layer: no in-degree
        }
        Assert.Contains(written, r => r[4] is false);

        await using var app = await StartApiAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        var aggregate = JsonDocument.Parse(await http.GetStringAsync("/api/networks/advice/measures?top=1", TestContext.Current.CancellationToken)).RootElement;
        var plain = JsonDocument.Parse(await http.GetStringAsync("/api/networks/advice/measures?layer=l1&top=1", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("directed", aggregate.GetProperty("convention").GetString());
        Assert.Equal("directed", aggregate.GetProperty("records")[0].GetProperty("convention").GetString());
        Assert.Equal(ours.Aggregate.Arcs, aggregate.GetProperty("arcs").GetInt64());
        Assert.Equal("undirected", plain.GetProperty("convention").GetString());
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("records")[0].GetProperty("inDegree").ValueKind);
    }

    /// <summary>
    /// Export → NetworkX → import with a directed layer: the GraphML says which layer is directed (its layers data), NetworkX
    /// reads a directed graph whose directed layer gives our directed betweenness, and the file imported alone as another
    /// dataset has the layer directed again, with the same measures.
    /// </summary>
    [Fact]
    public async Task ShouldKeepALayersDirectionThroughAGraphMlRoundTrip()
    {
        using var content = new TempContent();
        var folder = Path.Combine(content.Root, "advice");
        FixtureNetworks.WriteRandom(folder, "advice", 40, 150, 2, 3, 2, 21);
        MakeDirected(folder, "l0");
        await ImportAsync(folder);
        var graphMl = Path.Combine(content.Root, "advice.graphml");
        await Exports.StreamedExport.ToFileAsync(new Graph.Networks.NetworkDatasetReader(Client), "advice", graphMl, Graph.Exports.GraphMlWriter.WriteAsync);
        var script = Path.Combine(content.Root, "read.py");
        File.WriteAllText(script, """
            import json, sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1])
            d = nx.DiGraph()
            d.add_nodes_from(g)
            d.add_edges_from((u, v) for u, v, e in g.edges(data=True) if e["layer"] == "l0" and u != v)
            print(json.dumps({"directed": g.is_directed(), "layers": json.loads(g.graph["layers"]), "betweenness": nx.betweenness_centrality(d)}))
            """);

        using var seen = JsonDocument.Parse(Python.Run(script, graphMl));
        var importer = new NetworkImporter(Client, Microsoft.Extensions.Options.Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
        var outcome = await importer.ImportAsync(graphMl, null, TestContext.Current.CancellationToken, "advice-copy");
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var original = MeasureCalculator.Compute((await MultiplexProjection.ReadAsync(Client, "advice", TestContext.Current.CancellationToken))!, Options);
        var copy = MeasureCalculator.Compute((await MultiplexProjection.ReadAsync(Client, "advice-copy", TestContext.Current.CancellationToken))!, Options);

        Assert.True(seen.RootElement.GetProperty("directed").GetBoolean());
        Assert.Equal(["true", null], seen.RootElement.GetProperty("layers").EnumerateArray()
            .Select(l => l.TryGetProperty("directed", out var d) ? d.GetString() : null));
        var ids = original.Network.ActorIds.ToList();
        foreach (var actor in seen.RootElement.GetProperty("betweenness").EnumerateObject())
            ReferenceMeasures.AssertClose(actor.Value.GetDouble(), original.Layers[0].Betweenness[ids.IndexOf("advice/" + actor.Name)], $"betweenness of {actor.Name}");
        Assert.Equal((true, false, true), (copy.Network.IsDirected(0), copy.Network.IsDirected(1), copy.Aggregate.Directed));
        var copyIds = copy.Network.ActorIds.ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            var j = copyIds.IndexOf("advice-copy/" + ids[i]["advice/".Length..]);
            Assert.Equal(original.Aggregate.InDegree![i], copy.Aggregate.InDegree![j]);
            Assert.Equal(original.Aggregate.Betweenness[i], copy.Aggregate.Betweenness[j], 1e-12);
            Assert.Equal(original.Aggregate.Roles.Gatekeeper[i], copy.Aggregate.Roles.Gatekeeper[j]);
        }
    }

    /// <summary>Declares <paramref name="layer"/> of a fixture folder written by FixtureNetworks directed.</summary>
    internal static void MakeDirected(string folder, string layer)
    {
        var path = Path.Combine(folder, "dataset.md");
        var text = File.ReadAllText(path);
        var line = $"  - {{id: {layer}, scale: regional, nature: economic, formality: formal}}";
        Assert.Contains(line, text);
        File.WriteAllText(path, text.Replace(line, line[..^1] + ", directed: true}", StringComparison.Ordinal));
    }

    /// <summary>
    /// While an import runs (or after one was interrupted) the dataset's data may change under the same state, so what
    /// is counted then is not kept: measures of the middle of one import were served after the next was interrupted.
    /// </summary>
    [Fact]
    public async Task ShouldCountADatasetWhoseImportIsRunningAfreshEachTime()
    {
        using var content = new TempContent();
        await ImportRandomAsync(content, actors: 30, ties: 60);
        var service = NewService();
        var complete = await service.GetAsync("random", TestContext.Current.CancellationToken);
        Assert.Same(complete, await service.GetAsync("random", TestContext.Current.CancellationToken)); // kept while nothing changes

        // As a re-import does: a new run, state 'running', the completed run cleared; then it writes (here: an actor more).
        await Client.RunAsync([CypherStatement.Of("MATCH (d:Dataset {id: 'random'}) SET d.importRun = 99, d.importState = 'running' REMOVE d.completedRun")], TestContext.Current.CancellationToken);
        var before = await service.GetAsync("random", TestContext.Current.CancellationToken);
        await Client.RunAsync([CypherStatement.Of("CREATE (:Actor {id: 'random/zz-new', localId: 'zz-new', dataset: 'random', name: 'New'})")], TestContext.Current.CancellationToken);
        var after = await service.GetAsync("random", TestContext.Current.CancellationToken);

        Assert.Equal(30, before!.Network.ActorCount);
        Assert.Equal(31, after!.Network.ActorCount);
    }

    [Fact]
    public async Task ShouldNotSeeWrittenMeasuresAsDriftOnTheNextContentLoad()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        await CorpusLoader.LoadAsync(Client, content.Root);
        var service = NewService();
        var written = await service.WriteAsync("preface-network", TestContext.Current.CancellationToken);
        Assert.True(written!.Value.Actors > 0 && written.Value.Participations > 0);

        content.Replace("concepts/learning-region.md", "name: ", "name: Edited ");
        var outcome = await CorpusLoader.LoadAsync(Client, content.Root);

        Assert.Equal(1, outcome.Summary.NodeTotals.Updated); // the edited note, not the actors that carry measures
        Assert.Equal(0, outcome.Summary.RelationshipTotals.Updated);
        Assert.Equal(written.Value.Actors, await Neo4j.CountAsync("MATCH (a:Actor {dataset: 'preface-network'}) WHERE a.betweenness IS NOT NULL RETURN count(a)"));
    }

    private MeasureService NewService() => new(Client, Microsoft.Extensions.Options.Options.Create(Options));

    // Dataset "random": a random network of 2 layers, 3 regions and 3 isolates (seed 8), imported as a user imports it.
    private async Task ImportRandomAsync(TempContent content, int actors, int ties)
    {
        var folder = Path.Combine(content.Root, "random");
        FixtureNetworks.WriteRandom(folder, "random", actors, ties, 2, 3, 3, 8);
        await ImportAsync(folder);
    }

    private async Task ImportAsync(string folder)
    {
        var importer = new NetworkImporter(Client, Microsoft.Extensions.Options.Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
        var outcome = await importer.ImportAsync(folder, null, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
    }

    private async Task<WebApplication> StartApiAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(Client);
        builder.Services.AddApiUseCases();
        builder.Services.AddNetworkMeasures();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Neo4jExceptionHandler>();
        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapNetworkEndpoints();
        await app.StartAsync();
        return app;
    }
}
