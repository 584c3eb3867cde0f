using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>Full load once, then re-syncs of the unchanged corpus (new service each time, as a new process would), then one edited note.</summary>
public static class ResyncBenchmark
{
    public sealed record Result(string Corpus, int Files, double FirstLoadSeconds, double UnchangedMedianMs, double UnchangedMaxMs, double OneNoteEditMs, int Runs);

    public static async Task<Result> RunAsync(BenchServer server, string name, string root, string noteToEdit, int runs, TextWriter log)
    {
        await server.WipeAsync();
        var clock = Stopwatch.StartNew();
        var sync = Create(server, root);
        var first = await sync.LoadAsync(CancellationToken.None);
        if (!first.Succeeded) throw new InvalidOperationException(string.Join("\n", first.Errors.Take(10)));
        var firstSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"  [{name}] first load: {first.Files} files, {first.Nodes} nodes, {first.Relationships} relationships in {firstSeconds:0.0} s");

        // One note edited, synced by the service that loaded before (the watcher's path: the remembered snapshot is current).
        var path = Path.Combine(root, noteToEdit);
        var original = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, original.Replace("name: ", "name: Edited ", StringComparison.Ordinal));
        var edit = await sync.LoadAsync(CancellationToken.None);
        await File.WriteAllTextAsync(path, original);
        await sync.LoadAsync(CancellationToken.None);
        log.WriteLine($"  [{name}] one note edited: {edit.Mode}, {edit.Elapsed.TotalMilliseconds:0} ms");
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var outcome = await Create(server, root).LoadAsync(CancellationToken.None);
            if (outcome.Mode != LoadMode.Unchanged) throw new InvalidOperationException($"expected an unchanged load, got {outcome.Mode}");
            times.Add(outcome.Elapsed.TotalMilliseconds);
        }
        log.WriteLine($"  [{name}] unchanged re-sync: median {Stats.Median(times):0} ms, max {times.Max():0} ms over {runs}");

        return new Result(name, first.Files, firstSeconds, Stats.Median(times), times.Max(), edit.Elapsed.TotalMilliseconds, runs);
    }

    private static ContentSyncService Create(BenchServer server, string root) =>
        new(server.Client, new GraphSyncWriter(), new LoadStatus(), Options.Create(new ContentOptions { Root = root }), NullLogger<ContentSyncService>.Instance);
}
