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
/// not cached yet, one at a time. A pass over warm datasets costs one count and one stamp query each; the host runs one
/// every <see cref="MeasureOptions.WarmCheckSeconds"/> (<c>ProjectionWarmService</c>). A request that arrives mid-warm
/// awaits the same projection (<see cref="MeasureService"/> keeps one task per dataset and state).
/// Memory: each warm projection stays in the host; at 1M ties and 100k actors the projection and every measure on it
/// peaked at 380 MB working set (docs/benchmarks.md), the projection alone less.
/// </summary>
public sealed partial class ProjectionWarmer(ICypherClient client, MeasureService measures, IOptions<MeasureOptions> options, ILogger<ProjectionWarmer> logger)
{
    private const string DatasetsStatement = "MATCH (d:Dataset) RETURN d.id ORDER BY d.id";

    private static readonly string ActorCountStatement = $"MATCH (a:Actor) WHERE a.{GraphSchema.DatasetProperty} = $d RETURN count(a)";

    /// <summary>One pass; returns the datasets projected now (those already warm are not listed).</summary>
    public async Task<IReadOnlyList<string>> WarmAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.WarmMinActors == 0) return [];
        var ids = (await client.RunAsync([Statement(DatasetsStatement)], cancellationToken).ConfigureAwait(false))[0].Rows
            .Select(r => r[0]).OfType<string>().ToList();
        var sizes = new List<(string Id, long Actors)>();
        foreach (var id in ids)
        {
            var counted = await client.RunAsync([Statement(ActorCountStatement, ("d", id))], cancellationToken).ConfigureAwait(false);
            if (counted[0].Rows is [[long actors]] && actors >= settings.WarmMinActors) sizes.Add((id, actors));
        }
        var warmed = new List<string>();
        foreach (var (id, actors) in sizes.OrderByDescending(s => s.Actors).ThenBy(s => s.Id, StringComparer.Ordinal).Take(settings.WarmDatasets))
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
