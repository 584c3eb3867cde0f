using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>Full load once, then one note edited several times (median), then re-syncs of the unchanged corpus (new service each time, as a new process would).</summary>
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

        // One note edited, synced by the service that loaded before (the watcher's path: the remembered graph is current);
        // several edits, each put back afterwards, and the median of the edits' times.
        var path = Path.Combine(root, noteToEdit);
        var original = await File.ReadAllTextAsync(path);
        var edits = new List<double>();
        var mode = LoadMode.Incremental;
        for (var i = 0; i < Math.Max(runs, 5); i++)
        {
            await File.WriteAllTextAsync(path, original.Replace("name: ", $"name: Edited {i} ", StringComparison.Ordinal));
            var edit = await sync.LoadAsync(CancellationToken.None);
            if (!edit.Succeeded) throw new InvalidOperationException($"the edited note was not loaded: {edit.Mode}");
            mode = edit.Mode;
            edits.Add(edit.Elapsed.TotalMilliseconds);
            await File.WriteAllTextAsync(path, original);
            await sync.LoadAsync(CancellationToken.None);
        }
        log.WriteLine($"  [{name}] one note edited: {mode}, median {Stats.Median(edits):0} ms, max {edits.Max():0} ms over {edits.Count}");
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var outcome = await Create(server, root).LoadAsync(CancellationToken.None);
            if (outcome.Mode != LoadMode.Unchanged) throw new InvalidOperationException($"expected an unchanged load, got {outcome.Mode}");
            times.Add(outcome.Elapsed.TotalMilliseconds);
        }
        log.WriteLine($"  [{name}] unchanged re-sync: median {Stats.Median(times):0} ms, max {times.Max():0} ms over {runs}");

        return new Result(name, first.Files, firstSeconds, Stats.Median(times), times.Max(), Stats.Median(edits), runs);
    }

    private static ContentSyncService Create(BenchServer server, string root) =>
        new(server.Client, new GraphSyncWriter(), new LoadStatus(), Options.Create(new ContentOptions { Root = root }), NullLogger<ContentSyncService>.Instance);
}
