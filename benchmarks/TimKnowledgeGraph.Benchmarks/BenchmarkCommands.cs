using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Benchmarks.Harness;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Benchmarks;

/// <summary>
/// <c>all</c> | <c>import [small|medium|large ...]</c> | <c>resync</c> | <c>watch</c> | <c>queries [small|medium|large]</c> |
/// <c>generate &lt;scale&gt; &lt;folder&gt;</c> | <c>load --url ...</c> (a load test of a running host, <see cref="LoadAsync"/>) | <c>pages --url ...</c> (page rate against
/// a static asset, <see cref="PagesAsync"/>) | <c>measures [large]</c> | <c>startup</c> (<c>scripts/run</c> to the first page, <see cref="StartupAsync"/>).
/// <c>dynamics [small|medium|large] [--waves 10]</c>: the analyses by period on a panel (<see cref="DynamicsBenchmark"/>);
/// <c>--waves N</c> also makes <c>import</c> and <c>generate</c> write a panel of N waves (the timed import against LOAD CSV of the same file).
/// <c>projection [small|medium|large] [--store DIR]</c>: where the projection's time goes (<see cref="ProjectionBenchmark"/>).
/// <c>export [small|medium|large ...]</c> (default small medium): <c>timkg export network</c>'s read and GraphML/GEXF writes
/// against a plain Cypher read of the same rows (<see cref="ExportBenchmark"/>).
/// <c>queries</c> is not part of <c>all</c>: it times the named queries over HTTP; nor is <c>measures</c>: the network
/// measures end to end, NetworkX beside them (<c>--nx-budget S</c> seconds per NetworkX measure).
/// Options: <c>--runs N</c>, <c>--batch N</c>, <c>--actor-batch N</c>, <c>--writers N</c>, <c>--warmup N</c> (untimed import rounds, default 5); for <c>queries</c>, <c>--analyses a,b</c>: which
/// whole-network analyses to time on the large graph (default all four; brokers and participation take minutes there).
/// </summary>
public static class BenchmarkCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.FirstOrDefault() ?? "all";
        var rest = args.Skip(1).ToList();
        var defaults = new ImportOptions();
        var options = new ImportOptions
        {
            BatchSize = Option(rest, "--batch", defaults.BatchSize),
            ActorBatchSize = Option(rest, "--actor-batch", defaults.ActorBatchSize),
            Writers = Option(rest, "--writers", defaults.Writers),
        };
        var runs = Option(rest, "--runs", 3);
        var waves = Option(rest, "--waves", 0);
        var warmup = Option(rest, "--warmup", 5);
        if (waves is < 0 or > 1000) throw new ArgumentException("--waves 0..1000");
        if (warmup is < 0 or > 50) throw new ArgumentException("--warmup 0..50");
        var log = Console.Out;
        if (command == "generate")
        {
            var generated = NetworkScale.Parse(rest[0]) with { Waves = waves };
            NetworkGenerator.Write(rest[1], ImportBenchmark.DatasetId(generated), generated);
            return 0;
        }
        if (command == "load") return await LoadAsync(rest, log);
        if (command == "pages") return await PagesAsync(rest, runs, log);
        if (command == "search") return SearchBenchmark.Run(rest, log); // in-process, no Neo4j
        if (command == "startup") return await StartupAsync(rest, runs, log);

        log.WriteLine($"# TimKnowledgeGraph benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}");
        // --store DIR (projection only): a kept data directory, so a 1M-tie network is imported once and profiled many times.
        var store = command == "projection" ? TextOption(rest, "--store") : null;
        await using var server = await BenchServer.StartAsync(store);
        log.WriteLine($"Neo4j 3.1.1 at {server.Endpoint.HttpUri} (heap 2g, page cache 1g); batch {options.BatchSize} (actors {options.ActorBatch}), writers {options.Writers}" +
            (command is "import" or "all" ? $"; {warmup} untimed import rounds of both paths first" : ""));
        if (command is "import" or "all")
        {
            var scales = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).Select(NetworkScale.Parse).ToList();
            if (scales.Count == 0) scales = [.. NetworkScale.All];
            scales = [.. scales.Select(s => s with { Waves = waves })];
            await ImportBenchmark.WarmUpAsync(server, options, warmup);
            var results = new List<ImportBenchmark.Result>();
            foreach (var scale in scales)
                results.Add(await ImportBenchmark.RunAsync(server, scale, runs, options, log));
            log.WriteLine();
            log.WriteLine("| scale | actors / ties | runs | ours actors/s | LOAD CSV actors/s | actors ratio | ours ties/s | LOAD CSV ties/s | ties ratio | ours total s | LOAD CSV total s | end-to-end ratio | re-import s | peak WS MB |");
            log.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var r in results)
            {
                log.WriteLine($"| {r.Scale.Name} | {r.Scale.Actors:N0} / {r.Scale.Ties:N0} | {r.Runs} | {r.OursActorsPerSecond:N0} | {r.CsvActorsPerSecond:N0} | {r.OursActorsPerSecond / r.CsvActorsPerSecond:0.00} | " +
                    $"{r.OursTiesPerSecond:N0} | {r.CsvTiesPerSecond:N0} | {r.OursTiesPerSecond / r.CsvTiesPerSecond:0.00} | {r.OursTotalSeconds:0.00} | {r.CsvTotalSeconds:0.00} | {r.EndToEndRatio:0.00} | {r.ReimportSeconds:0.0} | {r.PeakWorkingSetBytes / 1e6:0} |");
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
        if (command == "dynamics")
        {
            var scale = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).Select(NetworkScale.Parse).FirstOrDefault() ?? NetworkScale.Large;
            await DynamicsBenchmark.RunAsync(server, scale with { Waves = waves > 0 ? waves : 10 }, Math.Max(runs, 3), log);
        }
        if (command == "projection")
        {
            var scale = rest.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _) && (i == 0 || rest[i - 1] != "--store")).Select(NetworkScale.Parse).FirstOrDefault() ?? NetworkScale.Large;
            await ProjectionBenchmark.RunAsync(server, scale, Math.Max(runs, 1), log);
        }
        if (command == "export")
        {
            var scales = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).Select(NetworkScale.Parse).ToList();
            if (scales.Count == 0) scales = [NetworkScale.Small, NetworkScale.Medium]; // large (1M ties): its import alone takes minutes
            var results = new List<ExportBenchmark.Result>();
            foreach (var scale in scales)
                results.Add(await ExportBenchmark.RunAsync(server, scale, Math.Max(runs, 1), log));
            log.WriteLine();
            log.WriteLine("| scale | actors / ties | runs | our read s | GraphML export s | GEXF export s | plain Cypher read s | ratio (plain / our read) | ratio (plain / GraphML export) | file MB (GraphML / GEXF) | peak WS MB |");
            log.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var r in results)
                log.WriteLine(r.Error is not null
                    ? $"| {r.Scale.Name} | {r.Actors:N0} / {r.Ties:N0} | {r.Runs} | failed: {r.Error} | | | {r.AnchorSeconds:0.00} | | | | |"
                    : $"| {r.Scale.Name} | {r.Actors:N0} / {r.Ties:N0} | {r.Runs} | {r.ReadSeconds:0.00} | {r.GraphMlSeconds:0.00} | {r.GexfSeconds:0.00} | " +
                    $"{r.AnchorSeconds:0.00} | {r.Ratio:0.00} | {r.AnchorSeconds / r.GraphMlSeconds:0.00} | {r.GraphMlBytes / 1e6:0.0} / {r.GexfBytes / 1e6:0.0} | {r.PeakWorkingSetBytes / 1e6:0} |");
        }
        if (command == "measures")
        {
            var scale = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).Select(NetworkScale.Parse).FirstOrDefault() ?? NetworkScale.Large;
            await MeasuresBenchmark.RunAsync(server, scale, Option(rest, "--nx-budget", 60), Math.Max(runs, 30), log);
        }
        if (store is null) await server.WipeAsync();
        return 0;
    }

    /// <summary>
    /// <c>load --url http://127.0.0.1:PORT [--clients 32] [--seconds 60] [--timeout 30] [--pid HOSTPID] [--dataset ID]</c>:
    /// the load test against a host already running (so that any build of it can be measured the same way); with
    /// <c>--dataset</c>, that dataset's page joins the mix. Exit 1 when any request failed.
    /// </summary>
    private static async Task<int> LoadAsync(List<string> rest, TextWriter log)
    {
        var url = LoadTest.LoopbackOnly(TextOption(rest, "--url") ?? "http://127.0.0.1:5180");
        var (clients, seconds, timeout) = (Option(rest, "--clients", 32), Option(rest, "--seconds", 60), Option(rest, "--timeout", 30));
        if (clients is < 1 or > 256 || seconds is < 1 or > 3600 || timeout is < 1 or > 600)
            throw new ArgumentException("--clients 1..256, --seconds 1..3600, --timeout 1..600");
        int? pid = TextOption(rest, "--pid") is { } p ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null;
        var mix = LoadTest.SeedMix.ToList();
        if (TextOption(rest, "--dataset") is { } dataset) mix.Add("/networks/" + Uri.EscapeDataString(dataset));
        log.WriteLine($"# load test, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores: {clients} clients, {seconds} s, timeout {timeout} s, {url}");
        var r = await LoadTest.RunAsync(url, mix, clients, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(timeout), pid, log);
        log.WriteLine();
        log.WriteLine("| clients | s | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | host peak RSS MB |");
        log.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        log.WriteLine($"| {r.Clients} | {r.Duration.TotalSeconds:0} | {r.Requests:N0} | {r.Errors} | {r.RequestsPerSecond:0.0} | {r.P50Ms:0} | {r.P95Ms:0} | {r.P99Ms:0} | {r.MaxMs:0} | " +
            $"{(r.HostPeakRssBytes is { } peak ? (peak / 1e6).ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "-")} |");
        log.WriteLine();
        log.WriteLine("| path | requests | errors | p50 ms | p99 ms |");
        log.WriteLine("|---|---|---|---|---|");
        foreach (var (path, requests, errors, p50, p99) in r.PerPath) log.WriteLine($"| `{path}` | {requests:N0} | {errors} | {p50:0} | {p99:0} |");
        foreach (var error in r.FirstErrors) log.WriteLine($"error: {error}");
        return r.Errors == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>pages --url http://127.0.0.1:PORT [--page /concepts/learning-region] [--clients 8] [--seconds 10] [--runs 3]</c>:
    /// a content page's request rate against a static asset's on a running host (<see cref="PageRateBenchmark"/>).
    /// </summary>
    private static async Task<int> PagesAsync(List<string> rest, int runs, TextWriter log)
    {
        var url = LoadTest.LoopbackOnly(TextOption(rest, "--url") ?? "http://127.0.0.1:5180");
        var page = TextOption(rest, "--page") ?? "/concepts/learning-region";
        var (clients, seconds) = (Option(rest, "--clients", 8), Option(rest, "--seconds", 10));
        if (clients is < 1 or > 256 || seconds is < 1 or > 600 || runs is < 1 or > 20)
            throw new ArgumentException("--clients 1..256, --seconds 1..600, --runs 1..20");
        log.WriteLine($"# page rate, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores: {clients} clients, {seconds} s per side, {runs} runs, {url}");
        var r = await PageRateBenchmark.RunAsync(url, page, clients, TimeSpan.FromSeconds(seconds), runs, log);
        log.WriteLine();
        log.WriteLine("| page | runs | page req/s | static asset req/s | ratio | page p50 ms | asset p50 ms | errors |");
        log.WriteLine("|---|---|---|---|---|---|---|---|");
        log.WriteLine($"| `{r.Page}` | {r.Runs} | {r.PageRate:0} | {r.AnchorRate:0} | **{r.Ratio:0.00}** | {r.PageP50Ms:0.0} | {r.AnchorP50Ms:0.0} | {r.Errors} |");
        return r.Errors == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>startup [--runs 5] [--port 5391]</c>: <c>scripts/run</c> to the first page, end to end, run 1 on an empty store
    /// and the others with the content unchanged (<see cref="StartupBenchmark"/>); medians of the unchanged runs.
    /// </summary>
    private static async Task<int> StartupAsync(List<string> rest, int runs, TextWriter log)
    {
        var port = Option(rest, "--port", 5391);
        if (runs is < 2 or > 50 || port is < 1024 or > 65535) throw new ArgumentException("--runs 2..50, --port 1024..65535");
        var repository = Repository();
        log.WriteLine($"# start-up, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}: scripts/run --urls http://127.0.0.1:{port}, {runs} runs");
        var results = await StartupBenchmark.RunAsync(repository, runs, port, log);
        var later = results.Skip(1).ToList();
        static string Median(IEnumerable<double?> values) => values.Where(v => v is not null).Select(v => v!.Value).ToList() is { Count: > 0 } list
            ? Stats.Median(list).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "—";
        log.WriteLine();
        log.WriteLine("| start | runs | first page s | Neo4j ready s | load s | load, our own work s | listening s |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        log.WriteLine($"| empty store (first load) | 1 | {results[0].FirstPageSeconds:0.00} | {Median([results[0].Neo4jStartSeconds])} | {Median([results[0].LoadSeconds])} | {Median([results[0].LoadOwnSeconds])} | {Median([results[0].ListeningSeconds])} |");
        log.WriteLine($"| content unchanged (median) | {later.Count} | **{Median(later.Select(r => (double?)r.FirstPageSeconds))}** | {Median(later.Select(r => r.Neo4jStartSeconds))} | {Median(later.Select(r => r.LoadSeconds))} | {Median(later.Select(r => r.LoadOwnSeconds))} | {Median(later.Select(r => r.ListeningSeconds))} |");
        log.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Repository()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "TimKnowledgeGraph.sln"))) repo = repo.Parent;
        return repo?.FullName ?? Directory.GetCurrentDirectory();
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
