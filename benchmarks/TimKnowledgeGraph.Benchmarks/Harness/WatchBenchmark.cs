using System.Diagnostics;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Host;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>Latency from saving one note to seeing the change in a query, with the real host watching a copy of content/.</summary>
public static class WatchBenchmark
{
    public static async Task<(double MedianMs, double MaxMs, int Runs)> RunAsync(BenchServer server, string contentCopy, string note, string id, int runs, TextWriter log)
    {
        await server.WipeAsync();
        await using var app = WebApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Neo4j:Uri={server.Endpoint.HttpUri}", $"--Neo4j:User={server.Endpoint.User}",
            $"--Neo4j:Password={server.Endpoint.Password}", $"--Content:Root={contentCopy}", "--Content:Watch=true", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var path = Path.Combine(contentCopy, note);
        var original = await File.ReadAllTextAsync(path);
        var latencies = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var marker = $"Edited {i} {Guid.NewGuid():n}";
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(path, original.Replace("name: ", $"name: {marker} ", StringComparison.Ordinal));
            while (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                var r = await server.Client.RunAsync([CypherStatement.Of("MATCH (c:Concept {id: $id}) RETURN c.name", ("id", id))]);
                if (r[0].Rows.FirstOrDefault()?[0] is string name && name.StartsWith(marker, StringComparison.Ordinal)) break;
                await Task.Delay(10);
            }
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            await Task.Delay(500);
        }
        await File.WriteAllTextAsync(path, original);
        await app.StopAsync();
        log.WriteLine($"  [watch] save → visible: median {Stats.Median(latencies):0} ms, max {latencies.Max():0} ms over {runs}");
        return (Stats.Median(latencies), latencies.Max(), runs);
    }
}
