using TimKnowledgeGraph.Domain.GraphModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The network analyses of one dataset, each computed in the service on the dataset's projection: layer overlap, multiplex
/// participation, cross-layer brokers and the Markusen typology (<see cref="MultiplexParticipation"/>, <see cref="CrossLayerBrokers"/>,
/// <see cref="RegionalTypology"/>) and the standard network measures (<see cref="MeasureService"/>).
/// Each answers with the named query's columns; the conventions are in the query headers (GET /api/queries/{name}).
/// </summary>
internal static class NetworkEndpoints
{
    /// <summary>Maps <c>/api/networks/{dataset}/overlap|participation|brokers|measures|typology</c>.</summary>
    public static RouteGroupBuilder MapNetworkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/networks").WithTags("Networks");
        group.MapGet("/{dataset}/overlap", OverlapAsync)
            .WithSummary("Actor and tie Jaccard overlap for every pair of layers, for all time or a period (wave, from/to)");
        group.MapGet("/{dataset}/participation", ParticipationAsync)
            .WithSummary("Per-layer degree and multiplex participation coefficient (Battiston et al. 2014) per actor, for all time or a period (wave, from/to)");
        group.MapGet("/{dataset}/brokers", BrokersAsync)
            .WithSummary("Actors bridging layers of different scale or nature, with their brokerage score, for all time or a period (wave, from/to)");
        group.MapGet("/{dataset}/measures", MeasuresAsync)
            .WithSummary("Degree, multiplex degree, participation, betweenness, effective size, constraint and Gould-Fernandez brokerage roles per actor, " +
                "on the aggregate or one layer (docs/network-measures.md)");
        group.MapGet("/{dataset}/typology", TypologyAsync)
            .WithSummary("Regional-economic, regional-social and global-economic ties per region and the Markusen (1996) type, for all time or a period (wave, from/to)");
        group.MapDynamics();
        return group;
    }

    /// <summary>The measures of the aggregate graph, or of <paramref name="layer"/>; the <paramref name="top"/> actors by betweenness when given.</summary>
    // The measures are of all time (MeasureService has no period): a period asked for is refused, not answered with all
    // time as if it had been read.
    private static async Task<Results<Ok<MeasuresResponse>, ProblemHttpResult>> MeasuresAsync(
        string dataset, string? layer, int? top, string? wave, string? from, string? to, [FromServices] MeasureService measures, KnownIds ids, CancellationToken ct)
    {
        if (Problems.BelowOne("top", top) is { } bad) return bad;
        if (new[] { ("wave", wave), ("from", from), ("to", to) }.FirstOrDefault(p => !string.IsNullOrEmpty(p.Item2)) is ({ } name, { } value))
            return Problems.BadParameter(name, $"is not read by the measures, which are of all time; the analyses by period are /api/networks/{CutText.Echo(dataset)}/dynamics?{name}=…", value);
        var result = await measures.GetAsync(dataset, ct);
        if (result is null) return await NoSuchDatasetAsync(ids, dataset, ct);
        if (result.For(layer) is not { } graph)
            return Problems.BadParameter("layer", $"must be a layer of dataset '{dataset}' ({string.Join(", ", result.Network.Layers)})", layer ?? "");
        return TypedResults.Ok(MeasuresResponse.From(result, layer, graph, MeasureTable.Rows(result, graph, top)));
    }

    // A least number of classes below 1 asked for nothing a researcher could mean (every actor has at least 0); the
    // other network parameters were 400s below 1 already, this one answered 200. Computed on the projection with the
    // query's conventions, columns and order (CrossLayerBrokers): the named query took minutes on large datasets.
    // The period parameters are the named query's (brokers.cypher declares wave, from, to): the endpoint bound none, so
    // ?wave=w1 answered all time with a 200, a silently wrong answer.
    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult>> BrokersAsync(
        string dataset, int? minClasses, string? wave, string? from, string? to, [FromServices] DynamicsService dynamics, KnownIds ids, CancellationToken ct)
    {
        if (Problems.BelowOne("minClasses", minClasses) is { } bad) return bad;
        var (period, problem) = await PeriodParameters.ReadAsync(dataset, wave, from, to, dynamics, ids, ct);
        if (problem is not null) return problem;
        var rows = await dynamics.BrokersAsync(dataset, period, minClasses ?? CrossLayerBrokers.DefaultMinClasses, ct);
        if (rows is null) return await NoSuchDatasetAsync(ids, dataset, ct);
        return TypedResults.Ok(new QueryResponse(CrossLayerBrokers.QueryName, CrossLayerBrokers.Columns, CrossLayerBrokers.AsRecords(rows)));
    }

    // Computed on the projection (PeriodAnalyses, the dataset page's overlap) with layer-overlap.cypher's conventions,
    // columns and order: the named query took 0.9-5.8 s a request on a 150,000-tie panel. Its period parameters too.
    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult>> OverlapAsync(
        string dataset, string? wave, string? from, string? to, [FromServices] DynamicsService dynamics, KnownIds ids, CancellationToken ct)
    {
        var (period, problem) = await PeriodParameters.ReadAsync(dataset, wave, from, to, dynamics, ids, ct);
        if (problem is not null) return problem;
        var analysis = await dynamics.PeriodAsync(dataset, period, withParticipation: false, ct);
        if (analysis is null) return await NoSuchDatasetAsync(ids, dataset, ct);
        return TypedResults.Ok(new QueryResponse(LayerOverlapRow.QueryName, OverlapColumns, [.. analysis.Overlap.Select(r => r.AsRecord())]));
    }

    private static readonly IReadOnlyList<string> OverlapColumns = QueryCatalog.Embedded.Get(LayerOverlapRow.QueryName).Columns;

    // Computed on the projection with the query's conventions, columns and order (MultiplexParticipation): the named query
    // took 1.6-2.2 s a request on a 150,000-tie panel. The period parameters are the query's (it ignored them before: the
    // endpoint bound none, so ?wave=w1 answered all time).
    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult>> ParticipationAsync(
        string dataset, string? wave, string? from, string? to, [FromServices] DynamicsService dynamics, KnownIds ids, CancellationToken ct)
    {
        var (period, problem) = await PeriodParameters.ReadAsync(dataset, wave, from, to, dynamics, ids, ct);
        if (problem is not null) return problem;
        var rows = await dynamics.ParticipationAsync(dataset, period, ct);
        if (rows is null) return await NoSuchDatasetAsync(ids, dataset, ct);
        return TypedResults.Ok(new QueryResponse(MultiplexParticipation.QueryName, MultiplexParticipation.Columns, MultiplexParticipation.AsRecords(rows)));
    }

    // Computed on the projection with regional-typology.cypher's conventions, columns and order (RegionalTypology; the
    // query took 1.2-5.5 s a request on a 150,000-tie panel), its threshold and socialNatures as before and its period
    // (wave, from, to), which the endpoint bound none of: ?wave=w1 answered all time. A threshold below 1 is a 400 first.
    private static async Task<Results<Ok<QueryResponse>, ProblemHttpResult>> TypologyAsync(
        string dataset, int? threshold, string? socialNatures, string? wave, string? from, string? to,
        [FromServices] DynamicsService dynamics, KnownIds ids, CancellationToken ct)
    {
        if (Problems.BelowOne("threshold", threshold) is { } bad) return bad;
        var natures = socialNatures?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var (period, problem) = await PeriodParameters.ReadAsync(dataset, wave, from, to, dynamics, ids, ct);
        if (problem is not null) return problem;
        var rows = await dynamics.TypologyAsync(dataset, period, threshold ?? RegionalTypology.DefaultThreshold,
            natures ?? RegionalTypology.DefaultSocialNatures, ct);
        if (rows is null) return await NoSuchDatasetAsync(ids, dataset, ct);
        return TypedResults.Ok(new QueryResponse(RegionalTypology.QueryName, RegionalTypology.Columns, RegionalTypology.AsRecords(rows)));
    }

    /// <summary>404: "No network dataset with id 'preface-netwrk'. Did you mean preface-network?"</summary>
    internal static async Task<ProblemHttpResult> NoSuchDatasetAsync(KnownIds ids, string dataset, CancellationToken ct) =>
        Problems.NotFound("network dataset with id", dataset, await ids.NearestAsync(dataset, [GraphSchema.Dataset], ct), "nearestIds");
}
