using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// Where the projection's time goes (<c>projection [scale] --runs N</c>): the network is imported once, then every run
/// times, in this order and on the same server, (1) Neo4j's execution plus the transfer of every statement the projection
/// sends, posted with a bare HttpClient and the body read and discarded; (2) the same statements through the product's
/// client (adds our JSON parsing into rows); (3) <see cref="MultiplexProjection.ReadAsync"/> whole (adds building the
/// TieList and the network). The differences are the shares. Medians of the runs.
/// </summary>
public static class ProjectionBenchmark
{
    public static async Task RunAsync(BenchServer server, NetworkScale scale, int runs, TextWriter log)
    {
        var dataset = ImportBenchmark.DatasetId(scale);
        var present = await server.Client.RunAsync([CypherStatement.Of("MATCH (d:Dataset {id: $d}) WHERE d.completedRun IS NOT NULL RETURN count(d)", ("d", dataset))]);
        if (present[0].Rows[0][0] is 1L) log.WriteLine($"{dataset} already imported in this store: not imported again");
        else await ImportAsync(server, scale, log);
        await MeasureAsync(server, scale, dataset, runs, log);
    }

    private static async Task ImportAsync(BenchServer server, NetworkScale scale, TextWriter log)
    {
        await server.WipeAsync();
        var folder = ImportBenchmark.DataFolder(scale);
        var importer = new Graph.Import.NetworkImporter(server.Client,
            Microsoft.Extensions.Options.Options.Create(new Graph.Import.ImportOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Graph.Import.NetworkImporter>.Instance);
        var outcome = await importer.ImportAsync(folder, null, CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics.Take(10)));
        log.WriteLine($"imported {scale.Name}: {outcome.Actors:N0} actors, {outcome.Ties:N0} ties in {outcome.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task MeasureAsync(BenchServer server, NetworkScale scale, string dataset, int runs, TextWriter log)
    {

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        var commit = new Uri(server.Endpoint.HttpUri, "db/data/transaction/commit");
        var auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.Endpoint.User}:{server.Endpoint.Password}")));
        var nodeIds = await NodeIdsAsync(server.Client, dataset);
        var pages = nodeIds.Chunk(MultiplexProjection.PageSize).ToList();

        var raw = new List<double>();
        var rawActors = new List<double>();
        var pagedActors = new List<double>();
        var parsed = new List<double>();
        var whole = new List<double>();
        var noLayer = new List<double>();
        long bytes = 0;
        // One untimed warm-up of everything, so no variant is timed on a cold plan cache or JIT.
        for (var run = -1; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await PagedNodeIdsAsync(server.Client, dataset);
            var pagedActorsSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            await NodeIdsAsync(server.Client, dataset);
            var actorsSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            bytes = 0;
            foreach (var page in pages) bytes += await PostDiscardAsync(http, commit, auth, MultiplexProjection.TiesStatement, page);
            var rawSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            foreach (var page in pages) await server.Client.RunAsync([CypherStatement.Of(MultiplexProjection.TiesStatement, ("ids", page)) with { IncludeStats = false }]);
            var parsedSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            foreach (var page in pages) await PostDiscardAsync(http, commit, auth, "MATCH (a) WHERE id(a) IN $ids MATCH (a)-[t:TIE]->(b) RETURN id(a), collect(id(b))", page);
            var noLayerSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            await MultiplexProjection.ReadAsync(server.Client, dataset, CancellationToken.None);
            var wholeSeconds = clock.Elapsed.TotalSeconds;
            log.WriteLine($"  [run {run + 1}] actors paged (before) {pagedActorsSeconds:0.00} s, actors one statement {actorsSeconds:0.00} s, ties raw {rawSeconds:0.00} s ({bytes / 1e6:0.0} MB), ties parsed {parsedSeconds:0.00} s, " +
                $"ties raw without t.network {noLayerSeconds:0.00} s, ReadAsync {wholeSeconds:0.00} s");
            if (run < 0) continue;
            rawActors.Add(actorsSeconds);
            pagedActors.Add(pagedActorsSeconds);
            raw.Add(rawSeconds);
            parsed.Add(parsedSeconds);
            noLayer.Add(noLayerSeconds);
            whole.Add(wholeSeconds);
        }
        log.WriteLine();
        log.WriteLine($"### Projection split, {scale.Name} ({nodeIds.Count:N0} actors, {pages.Count} pages of {MultiplexProjection.PageSize:N0} actors, {bytes / 1e6:0.0} MB of tie rows), medians of {runs}");
        log.WriteLine("| part | seconds |");
        log.WriteLine("|---|---|");
        log.WriteLine($"| actors, paged as before (10k per page, no index hint) through our client | {Stats.Median(pagedActors):0.00} |");
        log.WriteLine($"| actors, one statement by the index (now) through our client | {Stats.Median(rawActors):0.00} |");
        log.WriteLine($"| tie pages, one at a time, body discarded (Neo4j + transfer) | {Stats.Median(raw):0.00} |");
        log.WriteLine($"| same, without `t.network` (the layer property's share) | {Stats.Median(noLayer):0.00} |");
        log.WriteLine($"| tie pages, one at a time, through our client (+ JSON parsing into rows) | {Stats.Median(parsed):0.00} |");
        log.WriteLine($"| **MultiplexProjection.ReadAsync whole** ({MultiplexProjectionPagesInFlight} pages in flight, + TieList and network) | **{Stats.Median(whole):0.00}** |");
    }

    private static string MultiplexProjectionPagesInFlight => "as configured";

    private static async Task<List<long>> NodeIdsAsync(ICypherClient client, string dataset) =>
        [.. (await client.RunAsync([CypherStatement.Of(MultiplexProjection.ActorsStatement, ("d", dataset))]))[0].Rows.Select(r => (long)r[0]!).Order()];

    // The paged actor statement the projection used before one statement by the index (MultiplexProjection.ActorsStatement):
    // kept here only, for the before/after of this benchmark.
    private static readonly string PagedActorsStatement =
        $"MATCH (a:Actor) WHERE a.{GraphSchema.DatasetProperty} = $d WITH a WHERE id(a) > $after " +
        "RETURN id(a), a.id, a.name, head([(a)-[:LOCATED_IN]->(r:Region) | r.id]) ORDER BY id(a) LIMIT $page";

    private static async Task<List<long>> PagedNodeIdsAsync(ICypherClient client, string dataset)
    {
        var ids = new List<long>();
        for (long after = -1; ;)
        {
            var rows = (await client.RunAsync([CypherStatement.Of(PagedActorsStatement, ("d", dataset), ("after", after), ("page", (long)MultiplexProjection.PageSize))]))[0].Rows;
            ids.AddRange(rows.Select(r => (long)r[0]!));
            if (rows.Count < MultiplexProjection.PageSize) return ids;
            after = ids[^1];
        }
    }

    private static async Task<long> PostDiscardAsync(HttpClient http, Uri commit, AuthenticationHeaderValue auth, string statement, long[] ids)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { statements = new[] { new { statement, parameters = new { ids }, includeStats = false, resultDataContents = new[] { "row" } } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, commit) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = auth;
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0) total += n;
        return total;
    }
}
