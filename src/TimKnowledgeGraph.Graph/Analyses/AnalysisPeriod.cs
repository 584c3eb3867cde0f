namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// A period as the analyses by period take it (the same parameters as cypher/layer-overlap.cypher): a wave id and/or an
/// inclusive window of ISO dates (<c>YYYY-MM-DD</c>, as <c>PeriodDate</c> reads what users type); null is open / any.
/// </summary>
public sealed record AnalysisPeriod(string? Wave, string? From, string? To)
{
    /// <summary>Every tie, whatever its time.</summary>
    public static readonly AnalysisPeriod AllTime = new(null, null, null);

    public bool IsAllTime => Wave is null && From is null && To is null;
}

/// <summary>
/// The period rule of docs/network-measures.md on the projection's numbers: a tie (or listed participation) is active when
/// (no wave asked, or it has none, or it is that wave) and (no end, or no validFrom, or validFrom &lt;= end) and
/// (no start, or no validTo, or validTo &gt;= start). Dates compare by rank, which is the text comparison of the queries.
/// </summary>
internal readonly struct PeriodRule
{
    private readonly int _wave;        // 0: any wave; -1: a wave the dataset does not declare (only timeless ties match)
    private readonly int _fromBefore;  // validTo rank must be > this (when _hasFrom)
    private readonly int _toAtOrBefore; // validFrom rank must be <= this (when _hasTo)
    private readonly bool _hasFrom;
    private readonly bool _hasTo;

    public PeriodRule(AnalysisPeriod period, ProjectedTime? time)
    {
        IsAllTime = period.IsAllTime;
        _wave = period.Wave is null ? 0 : time?.WaveIndex(period.Wave) ?? -1;
        _hasFrom = period.From is not null;
        _hasTo = period.To is not null;
        _fromBefore = period.From is null || time is null ? 0 : time.RanksBefore(period.From);
        _toAtOrBefore = period.To is null || time is null ? 0 : time.RanksAtOrBefore(period.To);
    }

    public bool IsAllTime { get; }

    public bool Active(int wave, int from, int to) =>
        (_wave == 0 || wave == 0 || wave == _wave)
        && (!_hasTo || from == 0 || from <= _toAtOrBefore)
        && (!_hasFrom || to == 0 || to > _fromBefore);
}
