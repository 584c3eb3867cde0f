using System.Globalization;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Reads the end of a period as users type it (<c>2007</c>, <c>2007-03</c>, <c>2007-03-15</c>) into the ISO date text the
/// graph stores on ties (<c>validFrom</c>/<c>validTo</c>, docs/network-measures.md): a year or a month means its first day
/// at a period's start and its last day at its end, so "from 2007 to 2010" covers 2007-01-01 .. 2010-12-31 inclusive,
/// the same rounding the loaders apply to a tie's <c>from</c>/<c>to</c>. One place for every surface (CLI, API, pages).
/// </summary>
public static class PeriodDate
{
    /// <summary>The ISO date (YYYY-MM-DD), or null when the text is not a real date, year-month or four-digit year.</summary>
    public static string? Parse(string text, bool atEnd)
    {
        var value = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        // Exact formats only: "7", "2007-3" or "2007-02-30" are refused, not guessed.
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
            return Format(day);
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", invariant, DateTimeStyles.None, out var month) && value.Length == 7)
            return Format(atEnd ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month);
        if (value.Length == 4 && value.All(char.IsAsciiDigit) && int.Parse(value, invariant) >= 1)
            return atEnd ? $"{value}-12-31" : $"{value}-01-01";
        return null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
