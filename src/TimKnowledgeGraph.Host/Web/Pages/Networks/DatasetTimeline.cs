using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// A timed dataset over time, for its page: the periods (its waves, else the calendar years its ties are dated in),
/// the tie overlap and the Markusen type of each region in every period (small multiples), tie formation and
/// dissolution (cypher/tie-dynamics.cypher) and coupling sequences by layer nature (cypher/coupling-sequences.cypher).
/// The figures are computed on the projection (<see cref="DynamicsService"/>, the same conventions as the named queries,
/// held to the same expected.py); this class lays them side by side.
/// </summary>
internal sealed class DatasetTimeline
{
    /// <summary>Most periods drawn as small multiples: the latest ones when a dataset has more (the API has them all).</summary>
    public const int MaxPeriods = 12;

    private DatasetTimeline(IReadOnlyList<DatasetPeriod> periods, int periodsInAll, IReadOnlyList<IReadOnlyList<OverlapRow>> overlaps,
        IReadOnlyList<IReadOnlyList<RegionTypeRow>> typologies, IReadOnlyList<TieDynamicsRow> dynamics, IReadOnlyList<CouplingRow> coupling)
    {
        (Periods, PeriodsInAll, Overlaps, Typologies, Dynamics, Coupling) = (periods, periodsInAll, overlaps, typologies, dynamics, coupling);
    }

    /// <summary>The periods shown, in order.</summary>
    public IReadOnlyList<DatasetPeriod> Periods { get; }

    /// <summary>How many periods the dataset has (more than <see cref="Periods"/> when cut to <see cref="MaxPeriods"/>).</summary>
    public int PeriodsInAll { get; }

    /// <summary>Layer overlap per period, in the order of <see cref="Periods"/>.</summary>
    public IReadOnlyList<IReadOnlyList<OverlapRow>> Overlaps { get; }

    /// <summary>
    /// The typology per period, in the order of <see cref="Periods"/>: only the regions with a tie of one of Figure 1's
    /// classes then (<see cref="RegionTypeRow.HasClassedTies"/>); the others have nothing to type in that period.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<RegionTypeRow>> Typologies { get; }

    /// <summary>Tie dynamics rows (per layer and period), the columns of cypher/tie-dynamics.cypher.</summary>
    public IReadOnlyList<TieDynamicsRow> Dynamics { get; }

    /// <summary>Coupling-sequence rows grouped by layer nature, the columns of cypher/coupling-sequences.cypher.</summary>
    public IReadOnlyList<CouplingRow> Coupling { get; }

    /// <summary>The regions typed in any period, by id, with their names, in name order.</summary>
    public IReadOnlyList<(string Id, string Name)> Regions =>
    [
        .. Typologies.SelectMany(t => t)
            .Select(r => (Id: r.RegionId ?? "", Name: r.RegionName ?? r.RegionId ?? ""))
            .DistinctBy(r => r.Id).OrderBy(r => r.Name, StringComparer.Ordinal),
    ];

    /// <summary>The Markusen type of a region in the i-th period, or null when it had no tie of the three classes then.</summary>
    public string? TypeOf(string regionId, int period) =>
        Typologies[period].FirstOrDefault(r => r.RegionId == regionId)?.Type;

    /// <summary>
    /// Reads the timeline of a dataset with time from the computed route (<see cref="DynamicsService"/>, on the cached
    /// projection: one read of the ties for every period, where the named queries would run twice per period): its
    /// periods are its waves, or else the years of its dated ties.
    /// </summary>
    public static async Task<DatasetTimeline> ReadAsync(DynamicsService dynamics, string dataset, CancellationToken cancellationToken)
    {
        var computed = await dynamics.TimelineAsync(dataset, withPairs: false, cancellationToken)
            ?? throw new InvalidOperationException($"dataset '{dataset}' disappeared while its page was read");
        var shown = computed.Periods.Skip(Math.Max(0, computed.Periods.Count - MaxPeriods)).ToList();
        return new DatasetTimeline(
            [.. shown.Select(p => new DatasetPeriod(p.Period.Wave, p.Period.From, p.Period.To))],
            Math.Min(computed.PeriodsInAll, DynamicsService.MaxPeriods),
            [.. shown.Select(p => (IReadOnlyList<OverlapRow>)[.. p.Overlap.Select(OverlapRow.From)])],
            [.. shown.Select(p => (IReadOnlyList<RegionTypeRow>)[.. p.Typology.Select(RegionTypeRow.From).Where(t => t.HasClassedTies)])],
            computed.TieDynamics, computed.CouplingByNature);
    }
}
