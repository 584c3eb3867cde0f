using System.Globalization;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// A timed dataset over time, for its page: the periods (its waves, else the calendar years its ties are dated in),
/// the tie overlap and the Markusen type of each region in every period (small multiples), tie formation and
/// dissolution (cypher/tie-dynamics.cypher) and coupling sequences by layer nature (cypher/coupling-sequences.cypher).
/// Every figure is a named query's answer; this class only runs them per period and lays them side by side.
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
    /// Reads the timeline of a dataset with time: its periods are its waves, as the Dataset node lists them, or else the
    /// years of its dated ties.
    /// </summary>
    public static async Task<DatasetTimeline> ReadAsync(WebGraph graph, string dataset, IReadOnlyList<string> waves, CancellationToken cancellationToken)
    {
        var first = await graph.RunAsync(
        [
            PageQuery.Of("tie-dynamics", ("dataset", dataset)),
            PageQuery.Of("coupling-sequences", ("dataset", dataset), ("groupBy", "nature")),
        ], cancellationToken);
        var (dynamics, coupling) = (first[0], first[1]);
        var all = waves.Count > 0
            ? [.. waves.Select(w => new DatasetPeriod(w, null, null))]
            : YearsOf(dynamics).Select(DatasetPeriod.Year).ToList();
        var periods = all.Skip(Math.Max(0, all.Count - MaxPeriods)).ToList();
        var perPeriod = await graph.RunAsync(
        [
            .. periods.SelectMany(p => new[]
            {
                PageQuery.Of("layer-overlap", [("dataset", dataset), .. p.Parameters]),
                PageQuery.Of("regional-typology", [("dataset", dataset), .. p.Parameters]),
            }),
        ], cancellationToken);
        return new DatasetTimeline(periods, all.Count,
            [.. perPeriod.Where((_, i) => i % 2 == 0)], [.. perPeriod.Where((_, i) => i % 2 == 1)], dynamics, coupling);
    }

    // The calendar years of the dated ties: tie-dynamics' year rows name every year from the first to the last.
    private static IEnumerable<int> YearsOf(PageRows dynamics) =>
        dynamics.Rows.Where(r => r.Str("basis") == "year")
            .Select(r => int.TryParse(r.Str("period"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0)
            .Where(y => y > 0).Distinct().Order();
}
