using System.Globalization;
using System.Text.Json;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// CSL-JSON dates (<c>issued</c>, <c>original-date</c>, <c>accessed</c>): <c>{"date-parts": [[2020, 3, 4]]}</c> as Zotero
/// writes them (parts as numbers or as digit strings; a range's second list is left out: the start is the date), else
/// <c>raw</c> or <c>literal</c> read as biblatex's ISO dates are. A month or day that cannot be is said (TKG036) and
/// the year kept.
/// </summary>
internal static class CslJsonDates
{
    /// <summary>The date in <paramref name="name"/>, or null when absent or without a year (the caller says the latter).</summary>
    public static DateText? Read(JsonElement item, string name, SourceLocation at, IDiagnosticSink sink)
    {
        if (!item.TryGetProperty(name, out var date) || date.ValueKind != JsonValueKind.Object) return null;
        if (date.TryGetProperty("date-parts", out var ranges) && ranges.ValueKind == JsonValueKind.Array
            && ranges.GetArrayLength() > 0 && ranges[0] is { ValueKind: JsonValueKind.Array } parts && parts.GetArrayLength() > 0
            && Part(parts[0]) is { } year)
        {
            var month = parts.GetArrayLength() > 1 ? Part(parts[1]) : null;
            var day = parts.GetArrayLength() > 2 ? Part(parts[2]) : null;
            if (month is null) return new DateText(year, null, null);
            // CSL's seasons (13–16, and EDTF's 21–24) say no month.
            if (month is >= 13 and <= 16 or >= 21 and <= 24 && day is null) return new DateText(year, null, null);
            if (month is < 1 or > 12)
            {
                sink.Report(NotADate(at, name, date, $"no month {month}", "the year alone is kept"));
                return new DateText(year, null, null);
            }
            if (day is null) return new DateText(year, (int)month, null);
            if (DateText.ParseDay(day.Value.ToString(CultureInfo.InvariantCulture), year, (int)month) is { } valid) return new DateText(year, (int)month, valid);
            sink.Report(NotADate(at, name, date, $"{DateText.MonthName((int)month)} {year} has no day {day}", "the year and month alone are kept"));
            return new DateText(year, (int)month, null);
        }
        var text = String(date, "raw") ?? String(date, "literal");
        return DateText.ParseIso(text) ?? (BibTexReferences.Year(text) is { } y ? new DateText(y, null, null) : null);
    }

    private static Diagnostic NotADate(SourceLocation at, string name, JsonElement date, string why, string kept) =>
        Diagnostic.Warning(at, DiagnosticCodes.BadDate,
            $"CSL-JSON '{name}' ({Shown(date)}) is not a date: {why}; expected [[year, month, day]] with a month 1–12 and a day the month has; {kept}");

    private static long? Part(JsonElement part) => part.ValueKind switch
    {
        JsonValueKind.Number when part.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(part.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shown(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
