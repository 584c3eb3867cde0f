namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>A timed dataset's periods as marks on the one time axis (<see cref="TimelineView"/>).</summary>
internal static class PeriodMarks
{
    /// <summary>
    /// The period selector of a page at <paramref name="here"/> (the dataset page, a region page): all time, then each
    /// wave (by its id, and its name when dataset.md gives one), or each year of the dated ties when there are no waves;
    /// the period shown is current.
    /// </summary>
    public static TimelineView Selector(string here, DatasetPeriod shown, IReadOnlyList<string> waves, IReadOnlyList<string> waveNames,
        IReadOnlyList<DatasetPeriod>? years)
    {
        var periods = waves.Count > 0 ? [.. waves.Select(w => new DatasetPeriod(w, null, null))] : years ?? [];
        return new TimelineView("Periods",
        [
            new TimelineMark("All time", here + "#period", shown.IsAllTime),
            .. periods.Select((p, i) => new TimelineMark(Label(p, i < waveNames.Count ? waveNames[i] : null), here + p.QueryString + "#period", p == shown)),
        ], Variant: "periods");
    }

    private static string Label(DatasetPeriod period, string? waveName) =>
        period.Wave is { } wave ? (string.IsNullOrEmpty(waveName) ? wave : $"{wave} · {waveName}") : period.Label;
}
