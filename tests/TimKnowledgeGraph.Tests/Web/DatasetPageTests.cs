using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The dataset page: every layer's sizes shown (with or without <c>instance_of</c>, content or imported), and a page of
/// one dataset whose queries touch only that dataset, however large another dataset is.
/// </summary>
public sealed partial class DatasetPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    // The queries the dataset page runs, with the preface network's parameters (its analyses, overlap and typology too,
    // are computed on the projection, with or without time).
    private static readonly string[] PageQueries =
    [
        "web-dataset", "web-link-index", "web-evidence-from", "web-layers", "web-ties", "web-node",
    ];

    [Fact]
    public async Task ShouldShowEveryLayersActorsAndTiesForContentAndImportedLayers()
    {
        await SyncHarness.Create(Client, RepositoryPaths.Content).LoadAsync(TestContext.Current.CancellationToken);
        using var imported = Generated(actors: 40, ties: 120, "imp");
        Assert.True((await Importer().ImportAsync(Path.Combine(imported.Root, "imp"), null, TestContext.Current.CancellationToken)).Succeeded);
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);

        var preface = LayerCells(await host.Http.GetStringAsync("/networks/preface-network", TestContext.Current.CancellationToken));
        var imp = LayerCells(await host.Http.GetStringAsync("/networks/imp", TestContext.Current.CancellationToken));

        // The seed's publishing layer has no instance_of, nor has any imported layer.
        Assert.Contains("publishing", preface.Keys);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (:Network {id: 'preface-network/publishing'})-[:INSTANCE_OF]->() RETURN count(*)"));
        foreach (var (dataset, cells) in new[] { ("preface-network", preface), ("imp", imp) })
        {
            Assert.Equal(await Neo4j.CountAsync($"MATCH (:Dataset {{id: '{dataset}'}})-[:CONTAINS]->(n) RETURN count(n)"), cells.Count);
            foreach (var (layer, (actors, ties)) in cells)
            {
                var network = $"{dataset}/{layer}";
                Assert.Equal(await Neo4j.CountAsync($"MATCH (a:Actor)-[:PARTICIPATES_IN]->(:Network {{id: '{network}'}}) RETURN count(DISTINCT a)"), actors);
                Assert.Equal(await Neo4j.CountAsync($"MATCH ()-[t:TIE]->() WHERE t.network = '{network}' RETURN count(t)"), ties);
                // Some preface layers have members but no ties; these have both (so a blank or zero cell would fail).
                if (dataset == "imp" || layer == "publishing") Assert.True(actors > 0 && ties > 0, $"{network} has actors and ties in the data");
            }
        }
    }

    [Fact]
    public async Task ShouldShowANewImportRunsFiguresNotTheStoredOnes()
    {
        await SyncHarness.Create(Client, RepositoryPaths.Content).LoadAsync(TestContext.Current.CancellationToken);
        using var imported = Generated(actors: 30, ties: 60, "imp");
        var folder = Path.Combine(imported.Root, "imp");
        Assert.True((await Importer().ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var before = LayerCells(await host.Http.GetStringAsync("/networks/imp", TestContext.Current.CancellationToken)).Values.Sum(c => c.Ties);

        var lines = File.ReadAllLines(Path.Combine(folder, "ties.csv"));
        File.WriteAllLines(Path.Combine(folder, "ties.csv"), lines[..^10]);
        Assert.True((await Importer().ImportAsync(folder, null, TestContext.Current.CancellationToken)).Succeeded);
        var after = LayerCells(await host.Http.GetStringAsync("/networks/imp", TestContext.Current.CancellationToken)).Values.Sum(c => c.Ties);

        Assert.Equal(60, before);
        Assert.Equal(50, after);
        // The new version replaced the old one: one entry for the layers and first ties, one for the all-time analyses.
        Assert.Equal(2, host.Services.GetRequiredService<DatasetAnalysisCache>().Count);
    }

    /// <summary>
    /// The layers' sizes and the first ties do not depend on the period: read once per version of the dataset, not again
    /// for each period (web-layers and web-ties read every tie: 0.9 s and 2 s of each new period's 3-3.7 s on a
    /// 150,000-tie panel). Shown here by a tie written behind the version's back (hand-written Cypher changes no import
    /// run and no load): a period whose page read them again would count it.
    /// </summary>
    [Fact]
    public async Task ShouldReadTheLayersSizesOncePerVersionNotOncePerPeriod()
    {
        var ct = TestContext.Current.CancellationToken;
        await SyncHarness.Create(Client, RepositoryPaths.Content).LoadAsync(ct);
        using var imported = Generated(actors: 30, ties: 60, "imp");
        Assert.True((await Importer().ImportAsync(Path.Combine(imported.Root, "imp"), null, ct)).Succeeded);
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var allTime = LayerCells(await host.Http.GetStringAsync("/networks/imp", ct));

        await Client.RunAsync([CypherStatement.Of(
            "MATCH (:Dataset {id: 'imp'})-[:CONTAINS]->(n:Network) WITH n ORDER BY n.id LIMIT 1 " +
            "MATCH (a:Actor {dataset: 'imp'}) WITH n, a ORDER BY a.id LIMIT 2 WITH n, collect(a) AS ends " +
            "WITH n, ends[0] AS a, ends[1] AS b CREATE (a)-[:TIE {network: n.id}]->(b)")], ct);
        var year = LayerCells(await host.Http.GetStringAsync("/networks/imp?from=2001&to=2001", ct));

        Assert.Equal(61, await Neo4j.CountAsync("MATCH (a:Actor {dataset: 'imp'})-[t:TIE]->() RETURN count(t)"));
        Assert.Equal(60, allTime.Values.Sum(c => c.Ties));
        Assert.Equal(allTime, year);
    }

    [Fact]
    public async Task ShouldReadNoMoreOfTheGraphForADatasetsPageWhenAnotherLargerDatasetIsImported()
    {
        await SyncHarness.Create(Client, RepositoryPaths.Content).LoadAsync(TestContext.Current.CancellationToken);
        var alone = await DbHitsAsync();

        // Ten times the preface network's actors, in the preface network's own regions.
        using var imported = Generated(actors: 400, ties: 2_000, "big", regions: ["newcastle", "tilburg"]);
        Assert.True((await Importer().ImportAsync(Path.Combine(imported.Root, "big"), null, TestContext.Current.CancellationToken)).Succeeded);
        var beside = await DbHitsAsync();

        foreach (var (query, hits) in alone)
        {
            // A few more: the new Dataset node and its label scan in web-link-index; nothing that grows with its 400
            // actors and 2,000 ties.
            Assert.True(beside[query] <= hits + 20, $"{query}: {hits} database hits alone, {beside[query]} with another dataset imported");
        }
    }

    private async Task<Dictionary<string, long>> DbHitsAsync()
    {
        var hits = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in PageQueries)
        {
            var query = QueryCatalog.Embedded.Get(name);
            var parameters = query.DefaultParameters();
            foreach (var (key, value) in new Dictionary<string, object?>
                     {
                         ["dataset"] = "preface-network", ["id"] = "preface-network", ["label"] = "Dataset", ["part"] = 0L, ["parts"] = 1L,
                     })
            {
                if (query.Parameters.Any(p => p.Name == key)) parameters[key] = value;
            }
            hits[name] = await ProfileAsync(query.Text, parameters);
        }
        return hits;
    }

    /// <summary>The total database hits of <paramref name="text"/>, by PROFILE over Neo4j's HTTP API (the client keeps only the operators).</summary>
    private async Task<long> ProfileAsync(string text, Dictionary<string, object?> parameters)
    {
        using var http = new HttpClient();
        var endpoint = Neo4j.Endpoint;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{endpoint.User}:{endpoint.Password}")));
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement = "PROFILE " + text, parameters } } });
        using var response = await http.PostAsync(new Uri(endpoint.HttpUri, "db/data/transaction/commit"), new StringContent(body, Encoding.UTF8, "application/json"));
        // A plan nests an object and a children array per operator: a page query's UNION of seven parts goes past
        // System.Text.Json's default depth of 64 (the product reads plans with CypherHttpChannel.MaxResponseDepth).
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(), new JsonDocumentOptions { MaxDepth = 1024 });
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
        return Sum(json.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root"));

        static long Sum(JsonElement plan) =>
            (plan.TryGetProperty("DbHits", out var hits) ? hits.GetInt64() : 0) +
            (plan.TryGetProperty("children", out var children) ? children.EnumerateArray().Sum(Sum) : 0);
    }

    /// <summary>Each layer row of the page's layer table: its local id, and its actors and ties cells (blank fails).</summary>
    private static Dictionary<string, (long Actors, long Ties)> LayerCells(string html)
    {
        var layers = Html.Between(html, "id=\"layers\"", "</section>");
        var cells = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (Match row in LayerRow().Matches(layers))
        {
            var numbers = NumberCell().Matches(row.Groups[2].Value).Select(m => m.Groups[1].Value).ToList();
            Assert.True(numbers.Count == 2 && numbers.All(n => n.Length > 0), $"layer {row.Groups[1].Value}: actors and ties cells {string.Join("|", numbers)}");
            cells[row.Groups[1].Value] = (long.Parse(numbers[0], CultureInfo.InvariantCulture), long.Parse(numbers[1], CultureInfo.InvariantCulture));
        }
        return cells;
    }

    [GeneratedRegex("<tr id=\"layer-([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex LayerRow();

    [GeneratedRegex("<td class=\"num\">([^<]*)</td>")]
    private static partial Regex NumberCell();

    private NetworkImporter Importer() =>
        new(Client, Options.Create(new ImportOptions { BatchSize = 500, Writers = 2 }), NullLogger<NetworkImporter>.Instance);

    /// <summary>A dataset folder: three layers without instance_of, actors in <paramref name="regions"/>, random distinct ties.</summary>
    private static TempContent Generated(int actors, int ties, string id, string[]? regions = null)
    {
        regions ??= ["north", "south"];
        var random = new Random(7);
        string[] layers = ["trade", "friends", "science"];
        var actorText = new StringBuilder("id,name,kind,region,layers\n");
        for (var i = 0; i < actors; i++) actorText.Append(CultureInfo.InvariantCulture, $"a{i},Actor {i},firm,{regions[i % regions.Length]},\n");
        var tieText = new StringBuilder("source,target,layer,resource,weight\n");
        var seen = new HashSet<(int, int, int)>();
        while (seen.Count < ties)
        {
            var (s, t, l) = (random.Next(actors), random.Next(actors), seen.Count < layers.Length ? seen.Count : random.Next(layers.Length));
            if (s != t && seen.Add((s, t, l))) tieText.Append(CultureInfo.InvariantCulture, $"a{s},a{t},{layers[l]},,1\n");
        }
        var regionList = string.Concat(regions.Select(r => $"  - {{id: {r}, name: {r}}}\n"));
        return new TempContent()
            .With($"{id}/dataset.md", $"---\nid: {id}\nlayers:\n" +
                "  - {id: trade, scale: regional, nature: economic, formality: formal}\n" +
                "  - {id: friends, scale: regional, nature: social, formality: informal}\n" +
                "  - {id: science, scale: global, nature: economic, formality: formal}\n" +
                $"regions:\n{regionList}---\n")
            .With($"{id}/actors.csv", actorText.ToString())
            .With($"{id}/ties.csv", tieText.ToString());
    }
}
