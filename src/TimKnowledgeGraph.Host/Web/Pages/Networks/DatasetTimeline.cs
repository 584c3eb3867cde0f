using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Host.Web.Data;

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

    private DatasetTimeline(IReadOnlyList<DatasetPeriod> periods, int periodsInAll, IReadOnlyList<PageRows> overlaps,
        IReadOnlyList<PageRows> typologies, PageRows dynamics, PageRows coupling)
    {
        (Periods, PeriodsInAll, Overlaps, Typologies, Dynamics, Coupling) = (periods, periodsInAll, overlaps, typologies, dynamics, coupling);
    }

    /// <summary>The periods shown, in order.</summary>
    public IReadOnlyList<DatasetPeriod> Periods { get; }

    /// <summary>How many periods the dataset has (more than <see cref="Periods"/> when cut to <see cref="MaxPeriods"/>).</summary>
    public int PeriodsInAll { get; }

    /// <summary>layer-overlap per period, in the order of <see cref="Periods"/>.</summary>
    public IReadOnlyList<PageRows> Overlaps { get; }

    /// <summary>regional-typology per period, in the order of <see cref="Periods"/>.</summary>
    public IReadOnlyList<PageRows> Typologies { get; }

    /// <summary>tie-dynamics rows (per layer and period).</summary>
    public PageRows Dynamics { get; }

    /// <summary>coupling-sequences rows grouped by layer nature.</summary>
    public PageRows Coupling { get; }

    /// <summary>The regions typed in any period, by id, with their names, in name order.</summary>
    public IReadOnlyList<(string Id, string Name)> Regions =>
    [
        .. Typologies.SelectMany(t => t.Rows)
            .Select(r => (Id: r.Str("regionId") ?? "", Name: r.Str("regionName") ?? r.Str("regionId") ?? ""))
            .DistinctBy(r => r.Id).OrderBy(r => r.Name, StringComparer.Ordinal),
    ];

    /// <summary>The Markusen type of a region in the i-th period, or null when it had no actors there.</summary>
    public string? TypeOf(string regionId, int period) =>
        Typologies[period].Rows.FirstOrDefault(r => r.Str("regionId") == regionId)?.Str("type");

    /// <summary>
    /// Reads the timeline of a dataset with time from the computed route (<see cref="DynamicsService"/>, on the cached
    /// projection: one read of the ties for every period, where the named queries would run twice per period): its
    /// periods are its waves, or else the years of its dated ties. The rows carry the named queries' column names, so the
    /// page reads them as it read the queries' answers. A region whose actors have no active tie in a period has no row
    /// there (as regional-typology answers), so the page shows it empty.
    /// </summary>
    public static async Task<DatasetTimeline> ReadAsync(DynamicsService dynamics, string dataset, CancellationToken cancellationToken)
    {
        var computed = await dynamics.TimelineAsync(dataset, withPairs: false, cancellationToken)
            ?? throw new InvalidOperationException($"dataset '{dataset}' disappeared while its page was read");
        var shown = computed.Periods.Skip(Math.Max(0, computed.Periods.Count - MaxPeriods)).ToList();
        return new DatasetTimeline(
            [.. shown.Select(p => new DatasetPeriod(p.Period.Wave, p.Period.From, p.Period.To))],
            Math.Min(computed.PeriodsInAll, DynamicsService.MaxPeriods),
            [.. shown.Select(p => Rows("layer-overlap", p.Overlap))],
            [.. shown.Select(p => Rows("regional-typology", p.Typology.Where(t => t.RegionalEconomicTies + t.RegionalSocialTies + t.GlobalEconomicTies > 0)))],
            Rows("tie-dynamics", computed.TieDynamics), Rows("coupling-sequences", computed.CouplingByNature));
    }

    // Records as page rows: one column per property, camelCase, as the named queries name their columns.
    private static PageRows Rows<T>(string name, IEnumerable<T> records)
    {
        var properties = typeof(T).GetProperties();
        var rows = records.Select(r => (IReadOnlyDictionary<string, object?>)properties.ToDictionary(
            p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetValue(r), StringComparer.Ordinal)).ToList();
        return new PageRows(name, true, [.. rows.Select(r => new Rec(r))]) { Records = rows };
    }
}
