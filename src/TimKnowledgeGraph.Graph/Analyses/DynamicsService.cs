using System.Globalization;
using System.Runtime.CompilerServices;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The analyses by period (issue #15) computed on the projection instead of in Cypher, which on Neo4j 3.1 cannot answer
/// them at a million ties in time (docs/network-measures.md "Which route answers what"): layer overlap, participation and
/// the Markusen typology for a period or for every period at once, cross-layer brokers, multiplex participation as its query gives it, tie dynamics, coupling sequences and pairs. The
/// projection is <see cref="MeasureService"/>'s (one projection per dataset and stamp, shared with the measures); the
/// pair numbering the analyses share is built once per projection and dropped with it.
/// </summary>
public sealed class DynamicsService(MeasureService measures)
{
    /// <summary>Most periods in one timeline: the latest ones when the dataset's dated ties span more years.</summary>
    public const int MaxPeriods = 100;

    private readonly ConditionalWeakTable<MultiplexNetwork, PairIndex> _pairs = new();

    /// <summary>The waves of a dataset, whether it is timed, and the projection (null: no such dataset).</summary>
    public async Task<MultiplexNetwork?> NetworkAsync(string datasetId, CancellationToken cancellationToken) =>
        await measures.GetNetworkAsync(datasetId, cancellationToken).ConfigureAwait(false);

    /// <summary>Overlap and typology (and participation per actor when asked) for one period; null for an unknown dataset.</summary>
    public Task<PeriodAnalysis?> PeriodAsync(string datasetId, AnalysisPeriod period, bool withParticipation, CancellationToken cancellationToken) =>
        OnNetworkAsync(datasetId, network => PeriodAnalyses.Compute(network, Pairs(network), period, withParticipation), cancellationToken);

    /// <summary>
    /// Cross-layer brokers (<see cref="CrossLayerBrokers"/>, <c>cypher/brokers.cypher</c>'s figures and order) for one
    /// period; null for an unknown dataset.
    /// </summary>
    public Task<IReadOnlyList<CrossLayerBrokerRow>?> BrokersAsync(string datasetId, AnalysisPeriod period, int minClasses, CancellationToken cancellationToken) =>
        OnNetworkAsync(datasetId, network => CrossLayerBrokers.Compute(network, period, minClasses), cancellationToken);

    /// <summary>
    /// Multiplex participation per actor (<see cref="MultiplexParticipation"/>, <c>cypher/multiplex-participation.cypher</c>'s
    /// columns, figures and order) for one period; null for an unknown dataset.
    /// </summary>
    public Task<IReadOnlyList<MultiplexParticipationRow>?> ParticipationAsync(string datasetId, AnalysisPeriod period, CancellationToken cancellationToken) =>
        OnNetworkAsync(datasetId, network => MultiplexParticipation.Compute(network, period), cancellationToken);

    /// <summary>
    /// The Markusen typology as <c>cypher/regional-typology.cypher</c> answers it (<see cref="RegionalTypology"/>: its rows,
    /// columns and order) for one period, threshold and list of social natures; null for an unknown dataset.
    /// </summary>
    public Task<IReadOnlyList<RegionTypeRow>?> TypologyAsync(
        string datasetId, AnalysisPeriod period, int threshold, IReadOnlyList<string> socialNatures, CancellationToken cancellationToken) =>
        OnNetworkAsync(datasetId, network => RegionalTypology.Compute(network, period, threshold, socialNatures), cancellationToken);

    /// <summary>Every period of the dataset (its waves, else the years of its dated ties), tie dynamics and coupling; null for an unknown dataset.</summary>
    public Task<DatasetDynamics?> TimelineAsync(string datasetId, bool withPairs, CancellationToken cancellationToken) =>
        OnNetworkAsync(datasetId, network => Timeline(network, withPairs), cancellationToken);

    /// <summary>Coupling sequences (by layer and by nature) and, when asked, the pairs behind them; null for an unknown dataset.</summary>
    public async Task<(IReadOnlyList<CouplingRow> ByLayer, IReadOnlyList<CouplingRow> ByNature, IReadOnlyList<CouplingPairRow>? Pairs)?> CouplingAsync(
        string datasetId, bool withPairs, CancellationToken cancellationToken)
    {
        var network = await NetworkAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (network is null) return null;
        return await Task.Run(() =>
        {
            var pairs = Pairs(network);
            return ((IReadOnlyList<CouplingRow>)CouplingSequences.Counts(network, pairs, byNature: false),
                (IReadOnlyList<CouplingRow>)CouplingSequences.Counts(network, pairs, byNature: true),
                withPairs ? (IReadOnlyList<CouplingPairRow>?)CouplingSequences.Pairs(network, pairs) : null);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tie dynamics (cypher/tie-dynamics.cypher), year rows cut to <paramref name="fromYear"/> .. <paramref name="toYear"/>; null for an unknown dataset.</summary>
    public Task<IReadOnlyList<TieDynamicsRow>?> TieDynamicsAsync(string datasetId, int? fromYear, int? toYear, CancellationToken cancellationToken) =>
        OnNetworkAsync<IReadOnlyList<TieDynamicsRow>>(datasetId, network => TieDynamics.Compute(network, Pairs(network), fromYear, toYear), cancellationToken);

    // The dataset's projection (null for an unknown dataset, then so is the answer), and the analysis computed on it off
    // the request's thread: each is CPU-bound over the whole projection.
    private async Task<T?> OnNetworkAsync<T>(string datasetId, Func<MultiplexNetwork, T> compute, CancellationToken cancellationToken) where T : class
    {
        var network = await NetworkAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (network is null) return null;
        return await Task.Run(() => compute(network), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The typology of every region in the latest <paramref name="latest"/> periods of the timeline (at most
    /// <see cref="MaxPeriods"/>; the periods of <see cref="TimelineAsync"/>, each typology as its periods give it), for a
    /// region page's path: without the overlap, tie dynamics and coupling the timeline computes too, which took
    /// 0.3-0.9 s of a region page's first visit on a 150,000-tie panel. Null for an unknown dataset.
    /// </summary>
    public Task<IReadOnlyList<(AnalysisPeriod Period, IReadOnlyList<RegionTypeRow> Typology)>?> TypologyPathAsync(
        string datasetId, int latest, CancellationToken cancellationToken) =>
        OnNetworkAsync<IReadOnlyList<(AnalysisPeriod, IReadOnlyList<RegionTypeRow>)>>(datasetId, network =>
        {
            var (periods, _) = TimelinePeriods(network);
            return [.. periods.Skip(Math.Max(0, periods.Count - latest)).Select(p => (p, (IReadOnlyList<RegionTypeRow>)PeriodAnalyses.Typology(network, p)))];
        }, cancellationToken);

    // The timeline's periods (its waves, else every year its ties are dated in, as tie dynamics' year rows), the latest
    // MaxPeriods of them, and how many there are in all: one list for the timeline and a region's path.
    private static (List<AnalysisPeriod> Periods, int InAll) TimelinePeriods(MultiplexNetwork network)
    {
        var waves = network.Time?.Waves ?? [];
        List<AnalysisPeriod> all = waves.Count > 0
            ? [.. waves.Select(w => new AnalysisPeriod(w, null, null))]
            : [.. TieDynamics.Years(network).Select(y => new AnalysisPeriod(null, y + "-01-01", y + "-12-31"))];
        return (all.Skip(Math.Max(0, all.Count - MaxPeriods)).ToList(), all.Count);
    }

    private DatasetDynamics Timeline(MultiplexNetwork network, bool withPairs)
    {
        var pairs = Pairs(network);
        var dynamics = TieDynamics.Compute(network, pairs, null, null);
        var waves = network.Time?.Waves ?? [];
        var (periods, inAll) = TimelinePeriods(network);
        var analyses = new PeriodAnalysis[periods.Count];
        Parallel.For(0, periods.Count, i => analyses[i] = PeriodAnalyses.Compute(network, pairs, periods[i], withParticipation: false));
        return new DatasetDynamics(network.DatasetId, network.Time is not null, waves, inAll, analyses,
            PeriodAnalyses.Compute(network, pairs, AnalysisPeriod.AllTime, withParticipation: false), dynamics,
            CouplingSequences.Counts(network, pairs, byNature: false), CouplingSequences.Counts(network, pairs, byNature: true),
            withPairs ? CouplingSequences.Pairs(network, pairs) : null);
    }

    private PairIndex Pairs(MultiplexNetwork network) => _pairs.GetValue(network, PairIndex.Build);

    /// <summary>The calendar year of an ISO date text (its first four digits), or null.</summary>
    public static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
}

/// <summary>A dataset over time: every period's overlap and typology (the typology path), all time, tie dynamics and coupling.</summary>
public sealed record DatasetDynamics(
    string Dataset, bool Timed, IReadOnlyList<string> Waves, int PeriodsInAll, IReadOnlyList<PeriodAnalysis> Periods,
    PeriodAnalysis AllTime, IReadOnlyList<TieDynamicsRow> TieDynamics,
    IReadOnlyList<CouplingRow> CouplingByLayer, IReadOnlyList<CouplingRow> CouplingByNature, IReadOnlyList<CouplingPairRow>? CouplingPairs);
