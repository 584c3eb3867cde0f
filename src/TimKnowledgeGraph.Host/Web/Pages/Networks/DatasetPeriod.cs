using System.Globalization;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// The period a dataset page shows: all time, one wave, or a window of dates (cypher/layer-overlap.cypher states the
/// period rule: a timeless tie counts in every period). Values come from the page's query string and reach the queries
/// only as parameters, parsed by the query layer's own date rules (a year means its first day as <c>from</c>, its last
/// as <c>to</c>).
/// </summary>
/// <param name="Wave">A wave id of the dataset, or null.</param>
/// <param name="From">The first day, <c>YYYY-MM-DD</c>, or null (open).</param>
/// <param name="To">The last day, <c>YYYY-MM-DD</c>, or null (open).</param>
internal sealed record DatasetPeriod(string? Wave, string? From, string? To)
{
    /// <summary>Every tie, whatever its time.</summary>
    public static readonly DatasetPeriod AllTime = new(null, null, null);

    /// <summary>True for <see cref="AllTime"/>.</summary>
    public bool IsAllTime => Wave is null && From is null && To is null;

    /// <summary>One calendar year.</summary>
    public static DatasetPeriod Year(int year) =>
        new(null, $"{year.ToString("D4", CultureInfo.InvariantCulture)}-01-01", $"{year.ToString("D4", CultureInfo.InvariantCulture)}-12-31");

    /// <summary>
    /// The period the query string asks for; <see cref="AllTime"/> and a sentence saying why when a value is not a
    /// wave of the dataset or not a date.
    /// </summary>
    public static (DatasetPeriod Period, string? Problem) Parse(string? wave, string? from, string? to, IReadOnlyList<string> waves)
    {
        if (!string.IsNullOrEmpty(wave))
        {
            return waves.Contains(wave, StringComparer.Ordinal)
                ? (new DatasetPeriod(wave, null, null), null)
                : (AllTime, $"“{Shorten(wave)}” is not a wave of this dataset{(waves.Count > 0 ? $" (its waves: {string.Join(", ", waves)})" : " (it declares none)")}; showing all time.");
        }
        var start = string.IsNullOrEmpty(from) ? null : PeriodDate.Parse(from, atEnd: false);
        var end = string.IsNullOrEmpty(to) ? null : PeriodDate.Parse(to, atEnd: true);
        if (!string.IsNullOrEmpty(from) && start is null) return (AllTime, NotADate(from));
        if (!string.IsNullOrEmpty(to) && end is null) return (AllTime, NotADate(to));
        if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0)
            return (AllTime, $"The period ends ({end}) before it starts ({start}); showing all time.");
        return (new DatasetPeriod(null, start, end), null);
    }

    /// <summary>The period as the computed route takes it (<see cref="TimKnowledgeGraph.Graph.Analyses.DynamicsService.PeriodAsync"/>).</summary>
    public TimKnowledgeGraph.Graph.Analyses.AnalysisPeriod ForAnalyses => new(Wave, From, To);

    /// <summary>The period as the analyses' parameters (null: open).</summary>
    public (string Name, object? Value)[] Parameters => [("wave", Wave), ("from", From), ("to", To)];

    /// <summary>What the page calls it.</summary>
    public string Label => this switch
    {
        { IsAllTime: true } => "all time",
        { Wave: { } w } => $"wave {w}",
        { From: { } f, To: { } t } when f[..4] == t[..4] && f.EndsWith("-01-01", StringComparison.Ordinal) && t.EndsWith("-12-31", StringComparison.Ordinal) => f[..4],
        { From: { } f, To: { } t } => $"{f} to {t}",
        { From: { } f } => $"from {f}",
        _ => $"up to {To}",
    };

    /// <summary>The page's query string for this period ("" for all time).</summary>
    public string QueryString => Wave is { } w
        ? "?wave=" + Uri.EscapeDataString(w)
        : string.Join("&", new[] { ("from", From), ("to", To) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2}")) is { Length: > 0 } q ? "?" + q : "";

    // Echoed input is bounded so a hostile value cannot make the page huge.
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static string NotADate(string text) =>
        $"“{Shorten(text)}” is not a year or a date (YYYY, YYYY-MM or YYYY-MM-DD); showing all time.";
}
