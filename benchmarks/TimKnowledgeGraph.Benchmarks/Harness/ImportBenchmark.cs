using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>Our import vs LOAD CSV on the same files and server, wiped between runs; medians over repetitions.</summary>
public static class ImportBenchmark
{
    /// <summary>Medians over the runs. End to end: our whole import (validation, description, actors, ties, participations,
    /// finish) against LOAD CSV's three statements (regions, actors, ties), which validate nothing and write no participations.</summary>
    public sealed record Result(NetworkScale Scale, int Runs, double OursActorsPerSecond, double OursTiesPerSecond, double OursTotalSeconds,
        double CsvActorsPerSecond, double CsvTiesPerSecond, double CsvTotalSeconds, double ReimportSeconds, long PeakWorkingSetBytes)
    {
        /// <summary>LOAD CSV's time over ours, end to end: above 1, ours is faster.</summary>
        public double EndToEndRatio => CsvTotalSeconds / OursTotalSeconds;
    }

    public static async Task<Result> RunAsync(BenchServer server, NetworkScale scale, int runs, ImportOptions options, TextWriter log)
    {
        var folder = DataFolder(scale);
        var ours = new List<(double Actors, double Ties, double Total)>();
        var csv = new List<(double Actors, double Ties, double Seconds)>();
        long peak = 0;
        double reimport = double.NaN;
        var importer = new NetworkImporter(server.Client, Options.Create(options), NullLogger<NetworkImporter>.Instance);
        await PrimeAsync(server, importer, folder, scale);
        if (!await server.CollectGarbageAsync()) log.WriteLine("  (no jcmd on the PATH: the Neo4j JVM is not collected before each run)");
        for (var run = 0; run < runs; run++)
        {
            // Alternating which path goes first, so that neither always meets the store in the state the other left.
            if (run % 2 == 1) csv.Add(await MeasureLoadCsvAsync(server, folder, scale, run, log));
            await WipeAndQuietAsync(server);
            using (var memory = new MemorySampler())
            {
                var outcome = await importer.ImportAsync(folder, null, CancellationToken.None);
                if (!outcome.Succeeded) throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics.Take(10)));
                ours.Add((outcome.Actors / outcome.ActorTime.TotalSeconds, outcome.Ties / outcome.TieTime.TotalSeconds, outcome.Elapsed.TotalSeconds));
                peak = Math.Max(peak, memory.PeakSampled);
                log.WriteLine($"  [{scale.Name} run {run + 1}] ours: actors {ours[^1].Actors:N0}/s, ties {ours[^1].Ties:N0}/s, total {ours[^1].Total:0.0} s, peak WS {memory.PeakSampled / 1e6:0} MB");
                log.WriteLine($"  [{scale.Name} run {run + 1}] ours by phase (s): validation {outcome.ValidationTime.TotalSeconds:0.000}, description {outcome.DescriptionTime.TotalSeconds:0.000}, " +
                    $"actors {outcome.ActorTime.TotalSeconds:0.000}, ties {outcome.TieTime.TotalSeconds:0.000}, participations {outcome.ParticipationTime.TotalSeconds:0.000}, finish {outcome.FinishTime.TotalSeconds:0.000}");
            }
            if (run == 0)
            {
                // Re-import of the same files into the complete dataset: the upsert path (MERGE), then nothing stale.
                var clock = Stopwatch.StartNew();
                var again = await importer.ImportAsync(folder, null, CancellationToken.None);
                reimport = clock.Elapsed.TotalSeconds;
                log.WriteLine($"  [{scale.Name}] re-import (upsert): {reimport:0.0} s, ties {again.Ties / again.TieTime.TotalSeconds:N0}/s, stale deleted {again.StaleDeleted}");
            }
            if (run % 2 == 0) csv.Add(await MeasureLoadCsvAsync(server, folder, scale, run, log));
        }
        await server.WipeAsync();
        return new Result(scale, runs, Stats.Median(ours.Select(o => o.Actors)), Stats.Median(ours.Select(o => o.Ties)), Stats.Median(ours.Select(o => o.Total)),
            Stats.Median(csv.Select(c => c.Actors)), Stats.Median(csv.Select(c => c.Ties)), Stats.Median(csv.Select(c => c.Seconds)), reimport, peak);
    }

    private static async Task<(double Actors, double Ties, double Seconds)> MeasureLoadCsvAsync(BenchServer server, string folder, NetworkScale scale, int run, TextWriter log)
    {
        await WipeAndQuietAsync(server);
        var (regions, actors, ties) = await LoadCsvAnchor.RunAsync(server, folder, DatasetId(scale));
        var rates = (scale.Actors / actors.TotalSeconds, scale.Ties / ties.TotalSeconds, (regions + actors + ties).TotalSeconds);
        log.WriteLine($"  [{scale.Name} run {run + 1}] LOAD CSV: actors {rates.Item1:N0}/s, ties {rates.Item2:N0}/s " +
            $"(regions {regions.TotalSeconds:0.000} s + {actors.TotalSeconds:0.000} s + {ties.TotalSeconds:0.000} s)");
        return rates;
    }

    /// <summary>Before a timed (or priming) run of either path: an empty store, a clean heap, and the server idle (what
    /// the wipe set off is done).</summary>
    private static async Task WipeAndQuietAsync(BenchServer server)
    {
        await server.WipeAsync();
        await server.CollectGarbageAsync();
        await server.WaitUntilIdleAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// One untimed LOAD CSV of the scale's files and one untimed import of ours, each followed by a wipe. The first data
    /// written to a fresh store grows its files and indexes and runs much slower (measured: 100k actors at 9.2k/s into a
    /// fresh store, 17.5k/s once it had held them); without this, whichever path went first would pay for it alone.
    /// Both paths: primed with LOAD CSV only, our first timed run at a new scale was always our slowest (medium: actors
    /// 1.5-1.9 s in run 1, 0.7 s in runs 2-3), while LOAD CSV's statements had just run at that scale; Neo4j replans a
    /// statement once the store's statistics have changed by half. Each primed run starts as a timed one does (a full
    /// collection, an idle server): without that, our first timed medium actor phase was slow in 5 of 6 recorded
    /// runs (0.83-1.06 s against 0.33-0.50 s in fast ones), with it in 2 of 12 (docs/benchmarks.md, "a priming run
    /// like a timed one").
    /// </summary>
    private static async Task PrimeAsync(BenchServer server, NetworkImporter importer, string folder, NetworkScale scale)
    {
        await WipeAndQuietAsync(server);
        await LoadCsvAnchor.RunAsync(server, folder, DatasetId(scale));
        await WipeAndQuietAsync(server);
        await importer.ImportAsync(folder, null, CancellationToken.None);
        await server.WipeAsync();
    }

    /// <summary>
    /// Untimed rounds of both paths on the medium network, alternating as the timed runs do, so that neither is measured
    /// on a JIT still settling. Each switch between a wipe, LOAD CSV and our import deoptimises code the other compiled
    /// (Java Flight Recorder: 83 deoptimisations and 13 C2 compilations of 135-341 ms, of Neo4j's node, label and Lucene
    /// methods, inside one slow actor phase of ours), and recompiling takes a core our two writers are using. Probe,
    /// 10k actors only, 16 alternating rounds: two writers 0.55-0.69 s in the first five, 0.35-0.39 s from the ninth;
    /// LOAD CSV 0.63-0.93 s, then 0.50-0.63 s (docs/benchmarks.md, "A JIT that settles").
    /// </summary>
    public static async Task WarmUpAsync(BenchServer server, ImportOptions options, int rounds)
    {
        var scale = NetworkScale.Medium;
        var folder = DataFolder(scale);
        var importer = new NetworkImporter(server.Client, Options.Create(options), NullLogger<NetworkImporter>.Instance);
        for (var round = 0; round < rounds; round++)
        {
            await server.WipeAsync();
            await importer.ImportAsync(folder, null, CancellationToken.None);
            await server.WipeAsync();
            await LoadCsvAnchor.RunAsync(server, folder, DatasetId(scale));
        }
        await server.WipeAsync();
    }

    public static string DatasetId(NetworkScale scale) => scale.Waves > 0 ? $"synthetic-{scale.Name}-{scale.Waves}w" : $"synthetic-{scale.Name}";

    /// <summary>Generated once per scale and reused (deterministic).</summary>
    public static string DataFolder(NetworkScale scale)
    {
        var folder = Path.Combine(Path.GetTempPath(), "timkg-bench-data", DatasetId(scale));
        if (!File.Exists(Path.Combine(folder, "ties.csv"))) NetworkGenerator.Write(folder, DatasetId(scale), scale);
        return folder;
    }
}
