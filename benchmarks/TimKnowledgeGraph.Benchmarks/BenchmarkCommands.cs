using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Benchmarks.Harness;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Benchmarks;

/// <summary>
/// <c>all</c> | <c>import [small|medium|large ...]</c> | <c>resync</c> | <c>watch</c> | <c>queries [small|medium|large]</c> |
/// <c>generate &lt;scale&gt; &lt;folder&gt;</c> | <c>measures [large]</c>. <c>queries</c> is not part of <c>all</c>: it times the named queries over HTTP;
/// nor is <c>measures</c>: the network measures end to end, NetworkX beside them (<c>--nx-budget S</c> seconds per NetworkX measure).
/// Options: <c>--runs N</c>, <c>--batch N</c>, <c>--writers N</c>; for <c>queries</c>, <c>--analyses a,b</c>: which
/// whole-network analyses to time on the large graph (default all four; brokers and participation take minutes there).
/// </summary>
public static class BenchmarkCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.FirstOrDefault() ?? "all";
        var rest = args.Skip(1).ToList();
        var options = new ImportOptions
        {
            BatchSize = Option(rest, "--batch", 10_000),
            Writers = Option(rest, "--writers", new ImportOptions().Writers),
        };
        var runs = Option(rest, "--runs", 3);
        var log = Console.Out;
        if (command == "generate")
        {
            NetworkGenerator.Write(rest[1], $"synthetic-{rest[0]}", NetworkScale.Parse(rest[0]));
            return 0;
        }

        log.WriteLine($"# TimKnowledgeGraph benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}");
        await using var server = await BenchServer.StartAsync();
        log.WriteLine($"Neo4j 3.1.1 at {server.Endpoint.HttpUri} (heap 2g, page cache 1g); batch {options.BatchSize}, writers {options.Writers}");
        if (command is "import" or "all")
        {
            var scales = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).Select(NetworkScale.Parse).ToList();
            if (scales.Count == 0) scales = [.. NetworkScale.All];
            await ImportBenchmark.WarmUpAsync(server, options);
            var results = new List<ImportBenchmark.Result>();
            foreach (var scale in scales)
                results.Add(await ImportBenchmark.RunAsync(server, scale, runs, options, log));
            log.WriteLine();
            log.WriteLine("| scale | actors / ties | runs | ours actors/s | LOAD CSV actors/s | actors ratio | ours ties/s | LOAD CSV ties/s | ties ratio | ours total s | re-import s | peak WS MB |");
            log.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var r in results)
            {
                log.WriteLine($"| {r.Scale.Name} | {r.Scale.Actors:N0} / {r.Scale.Ties:N0} | {r.Runs} | {r.OursActorsPerSecond:N0} | {r.CsvActorsPerSecond:N0} | {r.OursActorsPerSecond / r.CsvActorsPerSecond:0.00} | " +
                    $"{r.OursTiesPerSecond:N0} | {r.CsvTiesPerSecond:N0} | {r.OursTiesPerSecond / r.CsvTiesPerSecond:0.00} | {r.OursTotalSeconds:0.0} | {r.ReimportSeconds:0.0} | {r.PeakWorkingSetBytes / 1e6:0} |");
            }
        }
        if (command is "resync" or "all")
        {
            var seed = CopyOfSeedContent();
            var notes = Path.Combine(Path.GetTempPath(), "timkg-bench-data", "notes-10k");
            if (!Directory.Exists(notes)) NoteCorpusGenerator.Write(notes, 10_000, 50_000);
            var results = new[]
            {
                await ResyncBenchmark.RunAsync(server, "seed content/", seed, "concepts/learning-region.md", Math.Max(runs, 5), log),
                await ResyncBenchmark.RunAsync(server, "10k notes + 50k refs", notes, "concepts/c42.md", runs, log),
            };
            log.WriteLine();
            log.WriteLine("| corpus | files | first load s | unchanged re-sync median ms | max ms | one note edited ms |");
            log.WriteLine("|---|---|---|---|---|---|");
            foreach (var r in results)
                log.WriteLine($"| {r.Corpus} | {r.Files:N0} | {r.FirstLoadSeconds:0.0} | {r.UnchangedMedianMs:0} | {r.UnchangedMaxMs:0} | {r.OneNoteEditMs:0} |");
        }
        if (command is "watch" or "all")
        {
            var (median, max, n) = await WatchBenchmark.RunAsync(server, CopyOfSeedContent(), "concepts/learning-region.md", "learning-region", 10, log);
            log.WriteLine();
            log.WriteLine($"| live reload (seed content/) | median {median:0} ms | max {max:0} ms | {n} saves |");
        }
        if (command == "queries")
        {
            var analyses = TextOption(rest, "--analyses")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var scale = rest.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _) && (i == 0 || rest[i - 1] != "--analyses"))
                .Select(NetworkScale.Parse).FirstOrDefault();
            if (scale is not null && !Directory.Exists(ImportBenchmark.DataFolder(scale)))
                NetworkGenerator.Write(ImportBenchmark.DataFolder(scale), ImportBenchmark.DatasetId(scale), scale);
            var results = await QueryLatencyBenchmark.RunAsync(server, CopyOfSeedContent(), scale, Math.Max(runs, 30), analyses, log);
            log.WriteLine();
            log.WriteLine("| graph | query | runs | median ms | p95 ms | rows |");
            log.WriteLine("|---|---|---|---|---|---|");
            foreach (var r in results)
                log.WriteLine(r.Error is null
                    ? $"| {r.Graph} | {r.Query} | {r.Runs} | {r.MedianMs:0.0} | {r.P95Ms:0.0} | {r.Rows:N0} |"
                    : $"| {r.Graph} | {r.Query} | failed | | | {r.Error} |");
        }
        if (command == "measures")
        {
            var scale = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).Select(NetworkScale.Parse).FirstOrDefault() ?? NetworkScale.Large;
            await MeasuresBenchmark.RunAsync(server, scale, Option(rest, "--nx-budget", 60), Math.Max(runs, 30), log);
        }
        await server.WipeAsync();
        return 0;
    }

    /// <summary>A fresh copy of the repository's content/ (the benchmark edits notes in it).</summary>
    private static string CopyOfSeedContent()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "TimKnowledgeGraph.sln"))) repo = repo.Parent;
        var source = Path.Combine(repo?.FullName ?? Directory.GetCurrentDirectory(), "content");
        var target = Path.Combine(Path.GetTempPath(), "timkg-bench-data", "seed-" + Guid.NewGuid().ToString("n")[..8]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    private static string? TextOption(List<string> args, string name)
    {
        var i = args.IndexOf(name);
        return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
    }

    private static int Option(List<string> args, string name, int fallback)
    {
        var i = args.IndexOf(name);
        return i >= 0 && i + 1 < args.Count && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
