using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// <c>GET /api/networks/{dataset}/dynamics</c>: the analyses by period computed on the projection (issue #15;
/// <see cref="DynamicsService"/>), the route that answers at a million ties where the named Cypher queries cannot.
/// With <c>wave</c> or <c>from</c>/<c>to</c>: that period's layer overlap and typology (and participation per actor with
/// <c>participation=true</c>). Without: every period (each wave, else each year of the dated ties), all time, tie dynamics
/// and coupling sequences (the pairs too with <c>pairs=true</c>). Columns as the named queries name them.
/// </summary>
internal static class DynamicsEndpoint
{
    public static RouteHandlerBuilder MapDynamics(this RouteGroupBuilder group) =>
        group.MapGet("/{dataset}/dynamics", DynamicsAsync)
            .WithSummary("Layer overlap, Markusen typology and participation for a period (wave, from/to), or every period with tie dynamics " +
                "and coupling sequences, computed on the projection (docs/network-measures.md)");

    private static async Task<Results<Ok<PeriodAnalysis>, Ok<DatasetDynamics>, ProblemHttpResult>> DynamicsAsync(
        string dataset, string? wave, string? from, string? to, bool? participation, bool? pairs,
        [FromServices] DynamicsService dynamics, KnownIds ids, CancellationToken ct)
    {
        var start = string.IsNullOrEmpty(from) ? null : PeriodDate.Parse(from, atEnd: false);
        var end = string.IsNullOrEmpty(to) ? null : PeriodDate.Parse(to, atEnd: true);
        if (!string.IsNullOrEmpty(from) && start is null) return Problems.BadParameter("from", "must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD)", from);
        if (!string.IsNullOrEmpty(to) && end is null) return Problems.BadParameter("to", "must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD)", to);
        if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0)
            return Problems.BadParameter("to", $"must not be before from ({start})", end);

        var network = await dynamics.NetworkAsync(dataset, ct);
        if (network is null) return await NetworkEndpoints.NoSuchDatasetAsync(ids, dataset, ct);
        var waves = network.Time?.Waves ?? [];
        if (!string.IsNullOrEmpty(wave) && !waves.Contains(wave, StringComparer.Ordinal))
            return Problems.BadParameter("wave", WaveWords.MustBe(dataset, waves), wave);

        var period = new AnalysisPeriod(string.IsNullOrEmpty(wave) ? null : wave, start, end);
        if (!period.IsAllTime)
            return TypedResults.Ok((await dynamics.PeriodAsync(dataset, period, participation == true, ct))!);
        return TypedResults.Ok((await dynamics.TimelineAsync(dataset, pairs == true, ct))!);
    }
}
