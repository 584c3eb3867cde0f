using System.Globalization;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// A work's dates as the exports write them (ISO 8601 for biblatex, date parts for CSL-JSON) and as the styles print
/// them (the CSL locales' long forms: en-US "March 4, 2020" for APA and Chicago, en-GB "4 March 2020" for Harvard).
/// </summary>
public static class WorkDates
{
    /// <summary>The publication date as ISO 8601 to the precision known (<c>2002</c>, <c>2002-03</c>, <c>2020-03-04</c>); null without a year.</summary>
    public static string? Issued(CitedWork work) =>
        work?.Year is { } year ? new DateText(year, (int?)work.Month, work.Month is null ? null : (int?)work.Day).Iso : null;

    /// <summary>The publication date as CSL's date parts: [year], [year, month] or [year, month, day]; empty without a year.</summary>
    public static IReadOnlyList<long> IssuedParts(CitedWork work) => Parts(Issued(work));

    /// <summary>An ISO date the readers stored (<see cref="CitedWork.Accessed"/>) as CSL's date parts; empty when it is none.</summary>
    public static IReadOnlyList<long> Parts(string? iso)
    {
        if (DateText.ParseIso(iso) is not { } date) return [];
        if (date.Month is not { } month) return [date.Year];
        return date.Day is { } day ? [date.Year, month, day] : [date.Year, month];
    }

    /// <summary>
    /// "March 4" or "March" (en-US, month before day), "4 March" or "March" (en-GB, day first): the month and day a
    /// style prints beside the year; null without a month.
    /// </summary>
    public static string? MonthDay(long? month, long? day, bool dayFirst) => month is >= 1 and <= 12
        ? day is { } d
            ? dayFirst ? string.Create(CultureInfo.InvariantCulture, $"{d} {DateText.MonthName((int)month)}") : string.Create(CultureInfo.InvariantCulture, $"{DateText.MonthName((int)month)} {d}")
            : DateText.MonthName((int)month)
        : null;

    /// <summary>
    /// An ISO date in full as the CSL locale's long text form writes it: "March 4, 2020" (en-US), "4 March 2020" (en-GB);
    /// to the precision known ("March 2020", "2020"). Null when it is no date.
    /// </summary>
    public static string? Long(string? iso, bool dayFirst)
    {
        if (DateText.ParseIso(iso) is not { } date) return null;
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        if (MonthDay(date.Month, date.Day, dayFirst) is not { } monthDay) return year;
        return date.Day is null || dayFirst ? $"{monthDay} {year}" : $"{monthDay}, {year}";
    }
}
