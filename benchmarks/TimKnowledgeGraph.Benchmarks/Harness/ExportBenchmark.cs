using System.Diagnostics;
using System.Xml;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// <c>timkg export network &lt;id&gt; --format graphml|gexf -o file</c> as its user waits for it, minus the process and
/// Neo4j start: our paged read alone (<see cref="NetworkDatasetReader.OpenAsync"/>, every tie taken), then each format
/// exported end to end (read and written to a file as the ties arrive), as ExportCommand does. The anchor, on the same
/// server and client: the same rows read by two plain statements in one request, the floor for getting the data out of Neo4j.
/// Each exported file is checked against the dataset's node and edge counts.
/// </summary>
public static class ExportBenchmark
{
    /// <summary>
    /// Medians over the runs; <see cref="Ratio"/> = anchor / our read (below 1: our read is slower than the raw rows);
    /// GraphMl/GexfSeconds are whole exports (read and write).
    /// <see cref="Error"/>: why our export failed at this scale (then only the anchor was timed).
    /// </summary>
    public sealed record Result(NetworkScale Scale, long Actors, long Ties, int Runs, double ReadSeconds, double GraphMlSeconds, double GexfSeconds,
        double AnchorSeconds, long GraphMlBytes, long GexfBytes, long PeakWorkingSetBytes, string? Error = null)
    {
        public double Ratio => AnchorSeconds / ReadSeconds;
    }

    // Every actor of the dataset by its index, and every tie between two of them: what the export needs, row by row.
    private const string AnchorActors =
        "MATCH (x:Actor) USING INDEX x:Actor(dataset) WHERE x.dataset = $dataset " +
        "OPTIONAL MATCH (x)-[:LOCATED_IN]->(r:Region) " +
        "RETURN x.localId AS id, x.name AS name, x.kind AS kind, r.id AS region";

    private const string AnchorTies =
        "MATCH (x:Actor) USING INDEX x:Actor(dataset) WHERE x.dataset = $dataset " +
        "MATCH (x)-[t:TIE]->(b:Actor) WHERE b.dataset = $dataset " +
        "RETURN x.localId AS source, b.localId AS target, t.network AS network, t.weight AS weight";

    public static async Task<Result> RunAsync(BenchServer server, NetworkScale scale, int runs, TextWriter log)
    {
        await server.WipeAsync();
        var dataset = ImportBenchmark.DatasetId(scale);
        var importer = new NetworkImporter(server.Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
        var imported = await importer.ImportAsync(ImportBenchmark.DataFolder(scale), null, CancellationToken.None);
        if (!imported.Succeeded) throw new InvalidOperationException(string.Join("\n", imported.Diagnostics.Take(10)));
        log.WriteLine($"  [{scale.Name}] imported {imported.Actors:N0} actors, {imported.Ties:N0} ties in {imported.Elapsed.TotalSeconds:0.0} s");

        var reader = new NetworkDatasetReader(server.Client);
        var folder = Directory.CreateTempSubdirectory("timkg-export-").FullName;
        var (graphMl, gexf) = (Path.Combine(folder, dataset + ".graphml"), Path.Combine(folder, dataset + ".gexf"));
        try
        {
            // One untimed round of both first: the query plans, the JIT and Neo4j's page cache, so that neither path
            // pays for them alone in its first timed run.
            string? error = null;
            try
            {
                await ExportAsync(reader, dataset, graphMl, gexf);
            }
            catch (Neo4jException e)
            {
                // The server failing our read (the one-row network query ran out of a 2g heap at 1M ties) is a result too:
                // recorded, and the anchor is still timed, so the table says what the floor would have been.
                error = e.Message;
                log.WriteLine($"  [{scale.Name}] our export FAILED: {e.Message}");
            }
            await AnchorAsync(server.Client, dataset);
            var ours = new List<(double Read, double GraphMl, double Gexf)>();
            var anchor = new List<double>();
            long peak = 0;
            for (var run = 0; run < runs; run++)
            {
                // Alternating which path goes first, as the import benchmark does.
                if (run % 2 == 1) anchor.Add(await TimedAnchorAsync(server, dataset, imported.Actors, imported.Ties));
                if (error is null)
                {
                    await QuietAsync(server);
                    using var memory = new MemorySampler();
                    ours.Add(await ExportAsync(reader, dataset, graphMl, gexf));
                    peak = Math.Max(peak, memory.PeakSampled);
                    log.WriteLine($"  [{scale.Name} run {run + 1}] ours: read {ours[^1].Read:0.000} s, GraphML {ours[^1].GraphMl:0.000} s, GEXF {ours[^1].Gexf:0.000} s");
                }
                if (run % 2 == 0) anchor.Add(await TimedAnchorAsync(server, dataset, imported.Actors, imported.Ties));
                log.WriteLine($"  [{scale.Name} run {run + 1}] plain Cypher read {anchor[^1]:0.000} s");
            }
            if (error is not null)
                return new Result(scale, imported.Actors, imported.Ties, runs, double.NaN, double.NaN, double.NaN, Stats.Median(anchor), 0, 0, 0, error);
            // The files of the last run must hold the dataset: every actor a node, every tie an edge.
            Check("GraphML", graphMl, GraphMlWriter.Ns.NamespaceName, imported.Actors, imported.Ties);
            Check("GEXF", gexf, GexfWriter.Ns.NamespaceName, imported.Actors, imported.Ties);
            return new Result(scale, imported.Actors, imported.Ties, runs, Stats.Median(ours.Select(o => o.Read)), Stats.Median(ours.Select(o => o.GraphMl)),
                Stats.Median(ours.Select(o => o.Gexf)), Stats.Median(anchor), new FileInfo(graphMl).Length, new FileInfo(gexf).Length, peak);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await server.WipeAsync();
        }
    }

    /// <summary>
    /// Our read alone (the dataset opened and every tie taken, nothing written), then each format exported end to end
    /// as <c>timkg export network -o</c> does it (opened, written to a file as the ties arrive); seconds of each.
    /// </summary>
    private static async Task<(double Read, double GraphMl, double Gexf)> ExportAsync(NetworkDatasetReader reader, string dataset, string graphMl, string gexf)
    {
        var clock = Stopwatch.StartNew();
        await foreach (var _ in (await OpenAsync(reader, dataset)).Ties) { }
        var read = clock.Elapsed.TotalSeconds;
        clock.Restart();
        await WriteAsync(reader, dataset, GraphMlWriter.WriteAsync, graphMl);
        var graphMlSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        await WriteAsync(reader, dataset, GexfWriter.WriteAsync, gexf);
        return (read, graphMlSeconds, clock.Elapsed.TotalSeconds);
    }

    private static async Task<StreamedNetwork> OpenAsync(NetworkDatasetReader reader, string dataset) =>
        await reader.OpenAsync(dataset) ?? throw new InvalidOperationException($"no dataset {dataset}");

    // ExportCommand's steps for --output (it then moves the file into place).
    private static async Task WriteAsync(NetworkDatasetReader reader, string dataset, NetworkWriter write, string path)
    {
        var network = await OpenAsync(reader, dataset);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await write(network, ByteSinks.ToStream(file), CancellationToken.None);
    }

    private static async Task<double> TimedAnchorAsync(BenchServer server, string dataset, long actors, long ties)
    {
        await QuietAsync(server);
        var clock = Stopwatch.StartNew();
        var (actorRows, tieRows) = await AnchorAsync(server.Client, dataset);
        var seconds = clock.Elapsed.TotalSeconds;
        // The floor is only a floor if it reads the same rows.
        if (actorRows != actors || tieRows != ties)
            throw new InvalidOperationException($"plain Cypher read {actorRows:N0} actors / {tieRows:N0} ties, the dataset has {actors:N0} / {ties:N0}");
        return seconds;
    }

    /// <summary>Both statements in one request and transaction, as our read is one; returns the row counts.</summary>
    private static async Task<(int Actors, int Ties)> AnchorAsync(ICypherClient client, string dataset)
    {
        var parameters = new Dictionary<string, object?> { ["dataset"] = dataset };
        var results = await client.RunAsync(
            [new CypherStatement(AnchorActors, parameters) { IncludeStats = false }, new CypherStatement(AnchorTies, parameters) { IncludeStats = false }]);
        return (results[0].Rows.Count, results[1].Rows.Count);
    }

    /// <summary>A clean heap on both sides and an idle server before each timed run (see ImportBenchmark).</summary>
    private static async Task QuietAsync(BenchServer server)
    {
        await server.CollectGarbageAsync();
        await server.WaitUntilIdleAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Counts the file's node and edge elements (streaming: a 1M-edge file needs no DOM); throws when they differ from the dataset's.</summary>
    private static void Check(string format, string path, string ns, long actors, long ties)
    {
        var (nodes, edges) = (0, 0);
        using (var xml = XmlReader.Create(path))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != ns) continue;
                if (xml.LocalName == "node") nodes++;
                else if (xml.LocalName == "edge") edges++;
            }
        }
        if (nodes != actors || edges != ties)
            throw new InvalidOperationException($"{format} export {path} has {nodes:N0} nodes / {edges:N0} edges, the dataset {actors:N0} actors / {ties:N0} ties");
    }
}
