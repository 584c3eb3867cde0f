using System.Globalization;
using TimKnowledgeGraph.Domain.Content.Networks;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Reads the end of a period as users type it (<c>2007</c>, <c>2007-03</c>, <c>2007-03-15</c>) into the ISO date text the
/// graph stores on ties (<c>validFrom</c>/<c>validTo</c>, docs/network-measures.md): a year or a month means its first day
/// at a period's start and its last day at its end, so "from 2007 to 2010" covers 2007-01-01 .. 2010-12-31 inclusive.
/// Years and dates are read by the loaders' own rule (<see cref="TimeValue"/>), so a period and a tie's time agree;
/// a month is accepted here as well, for typing a period. One place for every surface (CLI, API, pages).
/// </summary>
public static class PeriodDate
{
    /// <summary>The ISO date (YYYY-MM-DD), or null when the text is not a real date, year-month or four-digit year.</summary>
    public static string? Parse(string text, bool atEnd)
    {
        var value = text.Trim();
        if (TimeValue.TryParse(value, atEnd, out var iso)) return iso;
        // A month: "2007-03" (exactly; "2007-3" is refused, not guessed), its first or last day.
        if (value.Length == 7 && value[4] == '-' && TimeValue.TryParse(value + "-01", end: false, out var first))
        {
            var month = DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            // DaysInMonth, not AddMonths(1): December 9999 has no next month.
            return atEnd ? $"{value}-{DateTime.DaysInMonth(month.Year, month.Month):D2}" : first;
        }
        return null;
    }
}
