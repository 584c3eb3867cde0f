using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Benchmarks.Generation;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// The analyses by period on a panel (issue #15's targets), end to end as a user waits, through the service the API and
/// pages call (<see cref="DynamicsService"/>): the first call on a fresh service (stamp, projection from Neo4j with the
/// ties' time, pair numbering, one wave's overlap and typology), then on the cached projection one wave's overlap and
/// typology, every wave at once (the timeline: overlap and typology per wave and for all time, tie dynamics, coupling
/// counts by layer and by nature), coupling sequences alone, and cross-layer brokers (our own measure, computed on the
/// projection as the dataset page and /api/networks/{d}/brokers give it) for all time and for one wave. Medians of repeated runs; peak working set.
/// </summary>
public static class DynamicsBenchmark
{
    public static async Task RunAsync(BenchServer server, NetworkScale scale, int runs, TextWriter log)
    {
        var folder = ImportBenchmark.DataFolder(scale);
        var importer = new NetworkImporter(server.Client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
        await server.WipeAsync();
        var outcome = await importer.ImportAsync(folder, null, CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics.Take(10)));
        var dataset = ImportBenchmark.DatasetId(scale);
        log.WriteLine($"imported {dataset}: {outcome.Actors:N0} actors, {outcome.Ties:N0} ties, {scale.Waves} waves in {outcome.Elapsed.TotalSeconds:0.0} s");

        var wave = new AnalysisPeriod("w" + (scale.Waves / 2 + 1), null, null);
        var first = new List<double>();
        var oneWave = new List<double>();
        var allWaves = new List<double>();
        var coupling = new List<double>();
        var brokersAll = new List<double>();
        var brokersWave = new List<double>();
        var warmUp = new List<double>();
        var firstAfterWarm = new List<double>();
        long peak = 0;
        DatasetDynamics? timeline = null;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            using var memory = new MemorySampler();
            var service = new DynamicsService(new MeasureService(server.Client, Options.Create(new MeasureOptions())));
            first.Add(await TimeAsync(() => service.PeriodAsync(dataset, wave, false, CancellationToken.None)));
            oneWave.Add(await TimeAsync(() => service.PeriodAsync(dataset, wave, false, CancellationToken.None)));
            allWaves.Add(await TimeAsync(async () => timeline = await service.TimelineAsync(dataset, false, CancellationToken.None)));
            coupling.Add(await TimeAsync(() => service.CouplingAsync(dataset, false, CancellationToken.None)));
            brokersAll.Add(await TimeAsync(() => service.BrokersAsync(dataset, AnalysisPeriod.AllTime, CrossLayerBrokers.DefaultMinClasses, CancellationToken.None)));
            brokersWave.Add(await TimeAsync(() => service.BrokersAsync(dataset, wave, CrossLayerBrokers.DefaultMinClasses, CancellationToken.None)));
            peak = Math.Max(peak, memory.PeakSampled);
            // As the web host serves it: the projection warmed in the background (ProjectionWarmService) before the first request.
            var measures = new MeasureService(server.Client, Options.Create(new MeasureOptions()));
            warmUp.Add(await TimeAsync(() => measures.WarmAsync(dataset, CancellationToken.None)));
            var warmed = new DynamicsService(measures);
            firstAfterWarm.Add(await TimeAsync(() => warmed.PeriodAsync(dataset, wave, false, CancellationToken.None)));
            log.WriteLine($"  [run {run + 1}] first call {first[^1]:0.00} s (after a background warm-up of {warmUp[^1]:0.00} s: {firstAfterWarm[^1]:0.000} s), one wave {oneWave[^1]:0.000} s, all waves {allWaves[^1]:0.00} s, coupling {coupling[^1]:0.00} s, brokers {brokersAll[^1]:0.00} s (one wave {brokersWave[^1]:0.00} s), peak WS {memory.PeakSampled / 1e6:0} MB");
        }
        log.WriteLine();
        log.WriteLine($"| scale | ties / waves | runs | first call s, cold (project + one wave) | background warm-up s | first call s after the warm-up | one wave: overlap + typology s | all waves (timeline) s | coupling sequences s | cross-layer brokers s: all time / one wave | peak WS MB |");
        log.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        log.WriteLine($"| {scale.Name} | {outcome.Ties:N0} / {scale.Waves} | {runs} | {Stats.Median(first):0.00} | {Stats.Median(warmUp):0.00} | {Stats.Median(firstAfterWarm):0.000} | {Stats.Median(oneWave):0.000} | {Stats.Median(allWaves):0.00} | {Stats.Median(coupling):0.00} | {Stats.Median(brokersAll):0.00} / {Stats.Median(brokersWave):0.00} | {peak / 1e6:0} |");
        if (timeline is not null)
            log.WriteLine($"timeline: {timeline.Periods.Count} periods, {timeline.TieDynamics.Count} tie-dynamics rows, {timeline.CouplingByLayer.Count} coupling rows; " +
                $"typology of {wave.Wave}: {string.Join(", ", timeline.Periods.First(p => p.Period.Wave == wave.Wave).Typology.GroupBy(t => t.Type).Select(g => $"{g.Key} {g.Count()}"))}");
        await server.WipeAsync();
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalSeconds;
    }
}
