using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Host;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// Latency of the named queries as a researcher meets it: through the HTTP API of the real host
/// (<c>GET /api/queries/{name}</c>), on the seed corpus and, optionally, with a synthetic network imported beside it.
/// Two untimed warm-up requests per query (JIT, Neo4j's plan cache), then median and p95 over the timed ones.
/// </summary>
public static class QueryLatencyBenchmark
{
    public sealed record Result(string Graph, string Query, int Runs, double MedianMs, double P95Ms, int Rows, string? Error = null);

    /// <summary>Every named query, with parameters that make it answer on the seed corpus.</summary>
    private static readonly (string Query, string Parameters)[] SeedCases =
    [
        ("lineage", "id=learning-region"),
        ("critiques", "id=learning-region"),
        ("evidence-balance", "id=learning-region"),
        ("most-contested", ""),
        ("reading-list", "id=learning-region"),
        ("concept", "id=learning-region"),
        ("search", "text=learning"),
        ("backlinks", "id=learning-region"),
        ("layer-overlap", "dataset=preface-network"),
        ("multiplex-participation", "dataset=preface-network"),
        ("brokers", "dataset=preface-network"),
        ("regional-typology", "dataset=preface-network"),
        ("network", "dataset=preface-network"),
    ];

    /// <summary>Every network endpoint of the HTTP API (analyses, measures, exports) on the seed corpus's network.</summary>
    private static readonly (string Name, string Url)[] SeedNetworkEndpoints =
    [
        ("api: overlap", "/api/networks/preface-network/overlap"),
        ("api: participation", "/api/networks/preface-network/participation"),
        ("api: brokers", "/api/networks/preface-network/brokers"),
        ("api: typology", "/api/networks/preface-network/typology"),
        ("api: measures (aggregate)", "/api/networks/preface-network/measures"),
        ("api: measures (one layer)", "/api/networks/preface-network/measures?layer=preface-network/book-project"),
        ("api: measures (top 5)", "/api/networks/preface-network/measures?top=5"),
        ("api: GraphML export", "/api/networks/preface-network.graphml"),
        ("api: GEXF export", "/api/networks/preface-network.gexf"),
    ];

    public static async Task<IReadOnlyList<Result>> RunAsync(
        BenchServer server, string seedContent, NetworkScale? scale, int runs, IReadOnlyList<string>? analyses, TextWriter log)
    {
        await server.WipeAsync();
        await using var host = await StartHostAsync(server, seedContent);
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(30) };
        var results = new List<Result>();
        foreach (var (query, parameters) in SeedCases)
            results.Add(await MeasureAsync(http, "seed corpus", query, parameters, runs, log));
        foreach (var (name, url) in SeedNetworkEndpoints)
            results.Add(await MeasureUrlAsync(http, "seed corpus", name, url, runs, log));

        if (scale is not null)
        {
            var folder = ImportBenchmark.DataFolder(scale);
            var importer = new NetworkImporter(server.Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
            var outcome = await importer.ImportAsync(folder, null, CancellationToken.None);
            log.WriteLine($"imported {scale.Name} ({scale.Actors:N0} actors, {scale.Ties:N0} ties) beside the seed corpus: {outcome}");
            var graph = $"seed + {scale.Ties:N0} ties";
            var dataset = ImportBenchmark.DatasetId(scale);
            results.Add(await MeasureAsync(http, graph, "lineage", "id=learning-region", runs, log));
            results.Add(await MeasureAsync(http, graph, "critiques", "id=learning-region", runs, log));
            // Whole-network analyses: a few repetitions each, they scan every tie.
            foreach (var query in analyses ?? ["layer-overlap", "regional-typology", "multiplex-participation", "brokers"])
                results.Add(await MeasureAsync(http, graph, query, $"dataset={dataset}", Math.Min(runs, 3), log));
        }
        return results;
    }

    private static async Task<Result> MeasureAsync(HttpClient http, string graph, string query, string parameters, int runs, TextWriter log)
    {
        var url = $"/api/queries/{query}" + (parameters.Length > 0 ? "?" + parameters : "");
        try
        {
            return await TimeAsync(http, graph, query, url, runs, log);
        }
        catch (InvalidOperationException e)
        {
            // A query that fails at this scale (e.g. the server runs out of heap) is a result too: record it and go on.
            log.WriteLine($"  {graph}: {query} FAILED: {e.Message}");
            return new Result(graph, query, 0, double.NaN, double.NaN, 0, e.Message);
        }
    }

    private static async Task<Result> MeasureUrlAsync(HttpClient http, string graph, string name, string url, int runs, TextWriter log)
    {
        try
        {
            return await TimeAsync(http, graph, name, url, runs, log);
        }
        catch (InvalidOperationException e)
        {
            log.WriteLine($"  {graph}: {name} FAILED: {e.Message}");
            return new Result(graph, name, 0, double.NaN, double.NaN, 0, e.Message);
        }
    }

    private static async Task<Result> TimeAsync(HttpClient http, string graph, string query, string url, int runs, TextWriter log)
    {
        for (var i = 0; i < 2; i++) await GetAsync(http, url);
        var times = new List<double>(runs);
        var rows = 0;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = await GetAsync(http, url);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var result = new Result(graph, query, runs, Stats.Median(times), Percentile(times, 0.95), rows);
        log.WriteLine($"  {graph}: {query} median {result.MedianMs:0.0} ms, p95 {result.P95Ms:0.0} ms, {rows} rows");
        return result;
    }

    /// <summary>One request, read to the end; returns the number of records.</summary>
    private static async Task<int> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStreamAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {await new StreamReader(body).ReadToEndAsync()}");
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true)
        {
            await body.CopyToAsync(Stream.Null); // an export: read to the end, no records to count
            return 0;
        }
        using var json = await JsonDocument.ParseAsync(body);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("records", out var records)
            && records.ValueKind == JsonValueKind.Array ? records.GetArrayLength() : 0;
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static async Task<RunningApp> StartHostAsync(BenchServer server, string seedContent)
    {
        var app = WebApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Neo4j:Uri={server.Endpoint.HttpUri}",
            $"--Neo4j:Password={server.Endpoint.Password}",
            $"--Content:Root={seedContent}",
            "--Content:Watch=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(app, new Uri(address));
    }

    private sealed record RunningApp(WebApplication App, Uri Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
