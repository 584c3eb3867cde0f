using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Keeps the projections of the largest datasets in <see cref="MeasureService"/>'s cache, so that the first measures or
/// dynamics request after a start, an import or a load does not pay the projection (13.7 s at 1M ties before this). One
/// pass (<see cref="WarmAsync"/>) finds the datasets of at least <see cref="MeasureOptions.WarmMinActors"/> actors, takes
/// the <see cref="MeasureOptions.WarmDatasets"/> largest, and warms each whose current state (import run, latest load) is
/// not cached yet, one at a time. A pass reads every dataset's state stamp in one query and counts the actors only of
/// datasets whose stamp changed since it last counted them (an import or a load), so a pass over unchanged datasets costs
/// that query and one stamp query per warm dataset; the host runs one every <see cref="MeasureOptions.WarmCheckSeconds"/>
/// (<c>ProjectionWarmService</c>). A request that arrives mid-warm
/// awaits the same projection (<see cref="MeasureService"/> keeps one task per dataset and state).
/// Memory: each warm projection stays in the host; at 1M ties and 100k actors the projection and every measure on it
/// peaked at 380 MB working set (docs/benchmarks.md), the projection alone less.
/// </summary>
public sealed partial class ProjectionWarmer(ICypherClient client, MeasureService measures, IOptions<MeasureOptions> options, ILogger<ProjectionWarmer> logger)
{
    internal static readonly string ActorCountStatement = $"MATCH (a:Actor) WHERE a.{GraphSchema.DatasetProperty} = $d RETURN count(a)";

    private readonly SemaphoreSlim _pass = new(1, 1);
    private readonly Dictionary<string, (string Stamp, long Actors)> _counted = new(StringComparer.Ordinal); // under _pass

    /// <summary>One pass (one at a time); returns the datasets projected now (those already warm are not listed).</summary>
    public async Task<IReadOnlyList<string>> WarmAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.WarmMinActors == 0) return [];
        await _pass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sizes = await SizesAsync(cancellationToken).ConfigureAwait(false);
            return await WarmLargestAsync(sizes.Where(s => s.Actors >= settings.WarmMinActors), settings.WarmDatasets, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pass.Release();
        }
    }

    // Every dataset's actor count, counted again only when its stamp changed (counting 100k actors every check was the
    // cost of an idle host before).
    private async Task<List<(string Id, long Actors)>> SizesAsync(CancellationToken cancellationToken)
    {
        var stamps = await measures.StampsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var gone in _counted.Keys.Where(id => !stamps.ContainsKey(id)).ToList()) _counted.Remove(gone);
        foreach (var (id, stamp) in stamps)
        {
            if (_counted.TryGetValue(id, out var known) && known.Stamp == stamp) continue;
            var counted = await client.RunAsync([Statement(ActorCountStatement, ("d", id))], cancellationToken).ConfigureAwait(false);
            _counted[id] = (stamp, counted[0].Rows is [[long actors]] ? actors : 0);
        }
        return [.. _counted.Select(c => (c.Key, c.Value.Actors))];
    }

    private async Task<IReadOnlyList<string>> WarmLargestAsync(IEnumerable<(string Id, long Actors)> sizes, int datasets, CancellationToken cancellationToken)
    {
        var warmed = new List<string>();
        foreach (var (id, actors) in sizes.OrderByDescending(s => s.Actors).ThenBy(s => s.Id, StringComparer.Ordinal).Take(datasets))
        {
            var clock = Stopwatch.StartNew();
            if (!await measures.WarmAsync(id, cancellationToken).ConfigureAwait(false)) continue;
            warmed.Add(id);
            LogWarmed(logger, id, actors, clock.Elapsed.TotalSeconds);
        }
        return warmed;
    }

    private static CypherStatement Statement(string text, params (string Name, object? Value)[] parameters) =>
        CypherStatement.Of(text, parameters) with { IncludeStats = false };

    [LoggerMessage(Level = LogLevel.Information, Message = "Projection of {Dataset} ({Actors} actors) warmed in the background in {Seconds:0.0} s")]
    private static partial void LogWarmed(ILogger logger, string dataset, long actors, double seconds);
}
