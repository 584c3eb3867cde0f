using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;
using TimKnowledgeGraph.Host.Web.Graph;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// The part of a dataset's page that does not depend on the period, read once per version of the dataset
/// (DatasetAnalysisCache, <see cref="Key"/>) and not once per period: its layers with their sizes (<c>web-layers</c>
/// counts every tie of the dataset) and the first ties (<c>web-ties</c> orders every tie to take the first). Read with
/// the analyses of each period they took 0.9 s and 2 s of every new period's 3-3.7 s on a 150,000-tie panel.
/// </summary>
internal sealed record DatasetBasics(IReadOnlyList<LayerRow> Layers, IReadOnlyList<TieRow> Ties)
{
    /// <summary>The cache key (a period's key is the dataset and the period's query string, empty or starting with '?').</summary>
    public static string Key(string dataset) => $"{dataset}|layers";

    /// <summary>Reads them.</summary>
    public static async Task<DatasetBasics> ReadAsync(WebGraph graph, string dataset, CancellationToken cancellationToken)
    {
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-layers", ("dataset", dataset)),
            PageQuery.Of("web-ties", ("dataset", dataset), ("limit", (long)DatasetModel.TieRows)),
        ], cancellationToken);
        return new(answers.Of("web-layers").As<LayerRow>(), answers.Of("web-ties").As<TieRow>());
    }
}

/// <summary>
/// The heavy part of a dataset's page for one period, read once per version of the dataset (DatasetAnalysisCache): the
/// analyses, all computed on the cached projection, with or without time. Layer overlap and the typology come from
/// <see cref="DynamicsService.PeriodAsync"/> (as <c>/api/networks/{d}/overlap</c>, <c>/typology</c> and
/// <c>/dynamics</c> and <c>timkg dynamics</c> give them: one computation for the page and the API), which answers a
/// period at a million ties in well under the time the named queries take on Neo4j 3.1; cross-layer brokers and
/// multiplex participation from <see cref="CrossLayerBrokers"/> and <see cref="MultiplexParticipation"/>, each with its
/// query's rows. The named queries took 124 s (brokers) and 1.6-2.2 s (participation) for the page of a 150,000-tie
/// panel, each new period waiting for them; a dataset without time kept <c>layer-overlap</c> and
/// <c>regional-typology</c> on Neo4j until 2026-12-06 (docs/benchmarks.md, "Network pages on big datasets").
/// </summary>
internal sealed record DatasetAnalyses(
    PageAnswer<OverlapRow> Overlap,
    PageAnswer<ParticipationRow> Participation, PageAnswer<BrokerRow> Brokers, PageAnswer<RegionTypeRow> Typology)
{
    /// <summary>
    /// Reads them. In the computed typology every region with actors has a row; one with no tie of Figure 1's classes in
    /// the period has all counts 0, and the page shows it as having no ties to type (see <see cref="RegionTypeRow.HasClassedTies"/>).
    /// </summary>
    public static async Task<DatasetAnalyses> ReadAsync(DynamicsService dynamics, string dataset, DatasetPeriod period, CancellationToken cancellationToken)
    {
        // Each is computed off the request's thread on the one projection.
        var computing = ComputedAsync(dynamics, dataset, period, cancellationToken);
        var brokers = dynamics.BrokersAsync(dataset, period.ForAnalyses, CrossLayerBrokers.DefaultMinClasses, cancellationToken);
        var participation = dynamics.ParticipationAsync(dataset, period.ForAnalyses, cancellationToken);
        var (overlap, typology) = Computed(await computing);
        return new DatasetAnalyses(overlap,
            ParticipationRows(await participation ?? throw Disappeared(dataset)), BrokerRows(await brokers ?? throw Disappeared(dataset)), typology);
    }

    /// <summary>The period's overlap and typology on the computed route, for the dataset page and a region page.</summary>
    public static async Task<PeriodAnalysis> ComputedAsync(DynamicsService dynamics, string dataset, DatasetPeriod period, CancellationToken cancellationToken) =>
        await dynamics.PeriodAsync(dataset, period.ForAnalyses, withParticipation: false, cancellationToken)
            ?? throw Disappeared(dataset);

    /// <summary>The computed brokers as the rows <c>brokers</c> binds to, in its order.</summary>
    public static PageAnswer<BrokerRow> BrokerRows(IReadOnlyList<CrossLayerBrokerRow> rows) =>
        new(CrossLayerBrokers.QueryName, true, [.. rows.Select(BrokerRow.From)]);

    /// <summary>The computed participation as the rows <c>multiplex-participation</c> binds to, in its order.</summary>
    public static PageAnswer<ParticipationRow> ParticipationRows(IReadOnlyList<MultiplexParticipationRow> rows) =>
        new(MultiplexParticipation.QueryName, true, [.. rows.Select(ParticipationRow.From)]);

    private static InvalidOperationException Disappeared(string dataset) => new($"dataset '{dataset}' disappeared while its page was read");

    /// <summary>The computed typology as the rows <c>regional-typology</c> binds to, in its order (by regionId); every region with actors has one.</summary>
    public static PageAnswer<RegionTypeRow> TypologyRows(PeriodAnalysis analysis) =>
        new("regional-typology", true, [.. analysis.Typology.Select(RegionTypeRow.From).OrderBy(r => r.RegionId, StringComparer.Ordinal)]);

    // The computed rows in the named queries' order (layer-overlap: by layerA, layerB, as computed).
    private static (PageAnswer<OverlapRow>, PageAnswer<RegionTypeRow>) Computed(PeriodAnalysis analysis) =>
        (new("layer-overlap", true, [.. analysis.Overlap.Select(OverlapRow.From)]), TypologyRows(analysis));
}
