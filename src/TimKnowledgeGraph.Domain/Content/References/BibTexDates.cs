using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// The dates of a BibTeX entry: publication (biblatex <c>date</c>, else BibTeX <c>year</c>, <c>month</c> and <c>day</c>),
/// first publication (<c>origdate</c>) and access (<c>urldate</c>). What is not a date is said (TKG036), and the year
/// in it is kept where there is one, so that a typo in a month does not lose the work its year.
/// </summary>
internal static class BibTexDates
{
    private const string Expected = "expected a year like 2002, or a date like 2002-03 or 2020-03-04 (ISO 8601, as biblatex reads it)";

    /// <summary>When the work was published: <c>date</c> wins over <c>year</c>, as biblatex has it; <c>month</c> and <c>day</c> go with <c>year</c>.</summary>
    public static DateText? Issued(BibEntry entry, IDiagnosticSink sink)
    {
        if (entry.Get("date") is { Text.Length: > 0 } date)
        {
            if (DateText.ParseIso(date.Text) is { } parsed) return parsed;
            if (BibTexReferences.Year(date.Text) is { } dateYear)
            {
                sink.Report(NotADate(entry, date, "the year alone is kept"));
                return new DateText(dateYear, null, null);
            }
        }
        if (BibTexReferences.Year(entry.Get("year")?.Text) is not { } year)
        {
            // A date or year that holds no year was dropped without a word ("19x3": the work became "n.d.").
            foreach (var field in new[] { entry.Get("date"), entry.Get("year") }.OfType<BibField>().Where(f => f.Text.Length > 0))
                sink.Report(Diagnostic.Warning(field.At, DiagnosticCodes.WrongType,
                    $"entry '{entry.Key}': {field.Name} '{Shown(field.Text)}' holds no four-digit year; the work is shown without a date"));
            return null;
        }
        if (entry.Get("month") is not { Text.Length: > 0 } monthField) return new DateText(year, null, null);
        if (DateText.ParseMonth(monthField.Text) is not { } month)
        {
            sink.Report(Diagnostic.Warning(monthField.At, DiagnosticCodes.BadDate,
                $"entry '{entry.Key}': month '{Shown(monthField.Text)}' is not a month; expected jan … dec, a month's English name or a number 1–12; the year alone is kept"));
            return new DateText(year, null, null);
        }
        if (entry.Get("day") is not { Text.Length: > 0 } dayField) return new DateText(year, month, null);
        if (DateText.ParseDay(dayField.Text, year, month) is { } day) return new DateText(year, month, day);
        sink.Report(Diagnostic.Warning(dayField.At, DiagnosticCodes.BadDate,
            $"entry '{entry.Key}': day '{Shown(dayField.Text)}' is not a day of {DateText.MonthName(month)} {year}; the year and month alone are kept"));
        return new DateText(year, month, null);
    }

    /// <summary>
    /// A date field of its own (<c>origdate</c>, <c>urldate</c>): null when absent; the year alone when the rest is not a
    /// date, or nothing when it holds no year, each said.
    /// </summary>
    public static DateText? Other(BibEntry entry, string name, IDiagnosticSink sink)
    {
        if (entry.Get(name) is not { Text.Length: > 0 } field) return null;
        if (DateText.ParseIso(field.Text) is { } parsed) return parsed;
        var year = BibTexReferences.Year(field.Text);
        sink.Report(NotADate(entry, field, year is null ? "it is left out" : "the year alone is kept"));
        return year is null ? null : new DateText(year.Value, null, null);
    }

    private static Diagnostic NotADate(BibEntry entry, BibField field, string kept) =>
        Diagnostic.Warning(field.At, DiagnosticCodes.BadDate, $"entry '{entry.Key}': {field.Name} '{Shown(field.Text)}' is not a date; {Expected}; {kept}");

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
