using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Host;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// The network measures (docs/network-measures.md) end to end on a synthetic network imported into Neo4j: projection
/// from Neo4j, the exact local measures (degree, participation, effective size, constraint, brokerage; aggregate and
/// every layer), sampled betweenness on the aggregate, peak working set of this process; the sampled betweenness's error
/// against exact betweenness on the 10k-actor network; NetworkX on the same aggregate graph (python3 subprocess, timed,
/// extrapolated when over budget); and the measures endpoint on the seed corpus over HTTP.
/// </summary>
public static class MeasuresBenchmark
{
    public static async Task RunAsync(BenchServer server, NetworkScale scale, int networkXBudgetSeconds, int runs, TextWriter log)
    {
        var options = new MeasureOptions();
        await server.WipeAsync();
        var large = await ImportAsync(server, scale, log);
        GC.Collect();
        var (network, measures, projection, peak) = await ComputeAsync(server, large, options);
        // As the web host serves it: the projection warmed in the background (ProjectionWarmService), then the first request.
        var service = new MeasureService(server.Client, Options.Create(options));
        var warmClock = Stopwatch.StartNew();
        await service.WarmAsync(large, CancellationToken.None);
        var warmUp = warmClock.Elapsed.TotalSeconds;
        warmClock.Restart();
        await service.GetAsync(large, CancellationToken.None);
        var firstAfterWarm = warmClock.Elapsed.TotalSeconds;
        var aggregateOnly = Stopwatch.StartNew();
        LocalStructure.Compute(network.Aggregate, network.RegionOf, network.Regions.Count, options.Parallelism);
        var aggregateLocal = aggregateOnly.Elapsed.TotalSeconds;
        aggregateOnly.Restart();
        Betweenness.Sampled(network.Aggregate, Betweenness.DrawSources(network.ActorCount, options.BetweennessSamples, options.Seed), options.Parallelism);
        var aggregateBetweenness = aggregateOnly.Elapsed.TotalSeconds;
        log.WriteLine();
        log.WriteLine($"### {scale.Name}: {network.ActorCount:N0} actors, {network.Aggregate.EdgeCount:N0} aggregate ties, {network.Layers.Count} layers, betweenness {measures.Method.Label}");
        log.WriteLine("| phase | seconds |");
        log.WriteLine("|---|---|");
        log.WriteLine($"| projection from Neo4j (actors, regions, ties of every layer) | {projection:0.00} |");
        log.WriteLine($"| exact local measures, aggregate + {network.Layers.Count} layers (degree, participation, effective size, constraint, brokerage) | {measures.Timings.LocalSeconds:0.00} |");
        log.WriteLine($"| of which aggregate only (rerun) | {aggregateLocal:0.00} |");
        log.WriteLine($"| **end to end, exact measures (projection + local)** | **{projection + measures.Timings.LocalSeconds:0.00}** |");
        log.WriteLine($"| background warm-up of the projection (web host, before any request) | {warmUp:0.00} |");
        log.WriteLine($"| **first measures request after the warm-up** (stamp + all measures, betweenness included) | **{firstAfterWarm:0.00}** |");
        log.WriteLine($"| sampled betweenness, aggregate + {network.Layers.Count} layers ({measures.Method.Label}) | {measures.Timings.BetweennessSeconds:0.00} |");
        log.WriteLine($"| **sampled betweenness, aggregate only** | **{aggregateBetweenness:0.00}** |");
        log.WriteLine($"| peak working set of this process during projection and computation | {peak / 1e6:0} MB |");

        await BetweennessErrorAsync(server, options, log);
        await NetworkXAsync(network, networkXBudgetSeconds, options.BetweennessSamples, projection, aggregateLocal, aggregateBetweenness, log);
        await server.WipeAsync();
        await SeedEndpointAsync(server, runs, log);
    }

    private static async Task<string> ImportAsync(BenchServer server, NetworkScale scale, TextWriter log)
    {
        var folder = ImportBenchmark.DataFolder(scale);
        if (!Directory.Exists(folder)) NetworkGenerator.Write(folder, ImportBenchmark.DatasetId(scale), scale);
        var importer = new NetworkImporter(server.Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
        var outcome = await importer.ImportAsync(folder, null, CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics.Take(10)));
        log.WriteLine($"imported {scale.Name}: {outcome.Actors:N0} actors, {outcome.Ties:N0} ties in {outcome.Elapsed.TotalSeconds:0.0} s");
        return ImportBenchmark.DatasetId(scale);
    }

    private static async Task<(MultiplexNetwork, NetworkMeasures, double Projection, long Peak)> ComputeAsync(BenchServer server, string dataset, MeasureOptions options)
    {
        using var memory = new MemorySampler();
        var clock = Stopwatch.StartNew();
        var network = await MultiplexProjection.ReadAsync(server.Client, dataset, CancellationToken.None)
            ?? throw new InvalidOperationException($"no dataset {dataset}");
        var projection = clock.Elapsed.TotalSeconds;
        var measures = MeasureCalculator.Compute(network, options);
        return (network, measures, projection, memory.PeakSampled);
    }

    /// <summary>Sampled (the product's k and seed) against exact betweenness on the 10k-actor network, aggregate graph.</summary>
    private static async Task BetweennessErrorAsync(BenchServer server, MeasureOptions options, TextWriter log)
    {
        var dataset = await ImportAsync(server, NetworkScale.Medium, log);
        var network = (await MultiplexProjection.ReadAsync(server.Client, dataset, CancellationToken.None))!;
        var clock = Stopwatch.StartNew();
        var exact = Betweenness.Exact(network.Aggregate, options.Parallelism);
        var exactSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var k = options.BetweennessSamples;
        var sampled = Betweenness.Sampled(network.Aggregate, Betweenness.DrawSources(network.ActorCount, k, options.Seed), options.Parallelism);
        var sampledSeconds = clock.Elapsed.TotalSeconds;
        var errors = exact.Zip(sampled, (e, s) => Math.Abs(e - s)).ToArray();
        var top = Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i]).Take(100).ToArray();
        var topSampled = Enumerable.Range(0, exact.Length).OrderByDescending(i => sampled[i]).Take(100).ToHashSet();
        var relativeTop = top.Max(i => Math.Abs(exact[i] - sampled[i]) / exact[i]);
        log.WriteLine();
        log.WriteLine($"### Sampled vs exact betweenness, {NetworkScale.Medium.Name}: {network.ActorCount:N0} actors, {network.Aggregate.EdgeCount:N0} aggregate ties, k = {k}");
        log.WriteLine("| exact s | sampled s | max abs error | mean abs error | max relative error, top 100 by exact | top 10 kept | top 100 kept | max exact value |");
        log.WriteLine("|---|---|---|---|---|---|---|---|");
        log.WriteLine($"| {exactSeconds:0.00} | {sampledSeconds:0.00} | {errors.Max():0.00e+00} | {errors.Average():0.00e+00} | {relativeTop:P1} | " +
            $"{top.Take(10).Count(topSampled.Contains)}/10 | {top.Count(topSampled.Contains)}/100 | {exact.Max():0.0000} |");
        await server.WipeAsync();
    }

    /// <summary>NetworkX on the same aggregate graph (python3, timed here and per measure inside), and the ratios.</summary>
    private static async Task NetworkXAsync(MultiplexNetwork network, int budget, int k, double projection, double local, double betweenness, TextWriter log)
    {
        var folder = Directory.CreateTempSubdirectory("timkg-nx-").FullName;
        var edges = Path.Combine(folder, "edges.txt");
        WriteEdges(network, edges);
        var regions = Path.Combine(folder, "regions.txt");
        await File.WriteAllLinesAsync(regions, network.RegionOf.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var script = Path.Combine(AppContext.BaseDirectory, "NetworkX", "measures_bench.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { script, edges, regions, budget.ToString(CultureInfo.InvariantCulture), k.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var wall = clock.Elapsed.TotalSeconds;
        Directory.Delete(folder, recursive: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"NetworkX benchmark failed: {await error}");
        var nx = JsonDocument.Parse(output).RootElement;
        double Seconds(string measure) => nx.GetProperty(measure).GetProperty("extrapolatedSeconds").GetDouble();
        string Done(string measure) => nx.GetProperty(measure) is var m && m.GetProperty("complete").GetBoolean()
            ? "all" : $"{m.GetProperty("done").GetInt32():N0} of {m.GetProperty("of").GetInt32():N0}, extrapolated";
        var nxLocal = Seconds("degree") + Seconds("effectiveSize") + Seconds("constraint") + Seconds("brokerage");
        log.WriteLine();
        log.WriteLine($"### NetworkX {nx.GetProperty("networkx").GetString()} on the same aggregate graph ({nx.GetProperty("nodes").GetInt32():N0} nodes, " +
            $"{nx.GetProperty("edges").GetInt32():N0} edges), same machine, same run; budget {budget} s per measure, python3 wall time {wall:0} s");
        log.WriteLine("| measure | NetworkX s | nodes timed | ours s (aggregate) | ratio NetworkX / ours |");
        log.WriteLine("|---|---|---|---|---|");
        log.WriteLine($"| build the graph (ours: projection from Neo4j) | {nx.GetProperty("buildSeconds").GetDouble():0.0} | from a local edge list | {projection:0.00} | |");
        foreach (var m in new[] { "degree", "effectiveSize", "constraint", "brokerage" })
            log.WriteLine($"| {m} | {Seconds(m):N1} | {Done(m)} | | |");
        log.WriteLine($"| **exact local measures together** | **{nxLocal:N0}** | | **{local:0.00}** | **{nxLocal / local:N0}×** |");
        log.WriteLine($"| **betweenness, k = {k} sources** | **{Seconds("betweennessSampled"):N0}** | {Done("betweennessSampled")} | **{betweenness:0.00}** | **{Seconds("betweennessSampled") / betweenness:N0}×** |");
    }

    private static void WriteEdges(MultiplexNetwork network, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(network.ActorCount.ToString(CultureInfo.InvariantCulture));
        for (var v = 0; v < network.ActorCount; v++)
            foreach (var w in network.Aggregate.Neighbours(v))
                if (v < w) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{v} {w}"));
    }

    /// <summary>The measures endpoint on the seed corpus through the real host: median over <paramref name="runs"/> requests after two warm-ups.</summary>
    private static async Task SeedEndpointAsync(BenchServer server, int runs, TextWriter log)
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "TimKnowledgeGraph.sln"))) repo = repo.Parent;
        var content = Path.Combine(repo?.FullName ?? Directory.GetCurrentDirectory(), "content");
        var app = WebApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Neo4j:Uri={server.Endpoint.HttpUri}", $"--Neo4j:Password={server.Endpoint.Password}",
            $"--Content:Root={content}", "--Content:Watch=false", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            log.WriteLine();
            log.WriteLine("### Seed corpus through the HTTP API (content/ loaded by the host)");
            log.WriteLine("| request | runs | first (compute) ms | median ms | p95 ms |");
            log.WriteLine("|---|---|---|---|---|");
            foreach (var url in new[] { "/api/networks/preface-network/measures", "/api/networks/preface-network/measures?layer=preface-network/book-project" })
            {
                var clock = Stopwatch.StartNew();
                (await http.GetAsync(url)).EnsureSuccessStatusCode();
                var first = clock.Elapsed.TotalMilliseconds;
                await http.GetAsync(url);
                var times = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    clock.Restart();
                    using var response = await http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    response.EnsureSuccessStatusCode();
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                var sorted = times.Order().ToArray();
                log.WriteLine($"| GET {url} | {runs} | {first:0} | {Stats.Median(times):0.0} | {sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1]:0.0} |");
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
