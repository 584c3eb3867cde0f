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
        var (period, problem) = await PeriodParameters.ReadAsync(dataset, wave, from, to, dynamics, ids, ct);
        if (problem is not null) return problem;

        if (!period.IsAllTime)
            return TypedResults.Ok((await dynamics.PeriodAsync(dataset, period, participation == true, ct))!);
        return TypedResults.Ok((await dynamics.TimelineAsync(dataset, pairs == true, ct))!);
    }
}
