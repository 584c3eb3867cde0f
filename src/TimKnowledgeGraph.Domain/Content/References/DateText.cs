using System.Globalization;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>A date as a reference gives it: a year, and a month and a day when known.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">1–12, or null.</param>
/// <param name="Day">1–31 (checked against the month), or null; never without a month.</param>
internal sealed record DateText(long Year, int? Month, int? Day)
{
    /// <summary>The date as ISO 8601 writes it, to the precision known: <c>2002</c>, <c>2002-03</c>, <c>2020-03-04</c>.</summary>
    public string Iso => Month is not { } month
        ? Year.ToString("0000", CultureInfo.InvariantCulture)
        : Day is not { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{month:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{month:00}-{day:00}");

    /// <summary>
    /// Reads a biblatex date (<c>date</c>, <c>origdate</c>, <c>urldate</c>: ISO 8601 / EDTF level 0–1, as Better BibTeX
    /// writes them) by hand, not by a pattern over the whole text: <c>2002</c>, <c>2002-03</c>, <c>2020-03-04</c>; a
    /// range <c>2002/2003</c> or <c>2002-03/2002-05</c> is its start (an open start <c>../2003</c> its end); a time
    /// after the day (<c>2020-03-04T10:00:00Z</c>, Zotero's access dates) is left out; EDTF's uncertain and approximate
    /// marks (<c>?</c>, <c>~</c>, <c>%</c>) are read past; an EDTF season (<c>2002-21</c> … <c>-24</c>) keeps the year
    /// alone. Null when it is not such a date (<c>2002-13</c>, <c>2020-02-30</c>, <c>March 2002</c>).
    /// </summary>
    public static DateText? ParseIso(string? value)
    {
        if (value is null) return null;
        var text = value.Trim();
        // biblatex's date range: its start; an open start ("../2003" or "/2003") leaves the end.
        if (text.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0)
            text = text[..slash] is var start && start.Trim() is not ("" or "..") ? start : text[(slash + 1)..];
        text = text.Trim().TrimEnd('?', '~', '%');
        // A time after the date: "2020-03-04T10:00:00Z" or "2020-03-04 10:00:00".
        if (text.Length > 10 && text[10] is 'T' or ' ') text = text[..10];
        if (text.Length is not (4 or 7 or 10) || !Digits(text, 0, 4, out var year)) return null;
        if (text.Length == 4) return new DateText(year, null, null);
        if (text[4] != '-' || !Digits(text, 5, 2, out var month)) return null;
        // EDTF seasons (21 spring … 24 winter) say no month.
        if (month is >= 21 and <= 24 && text.Length == 7) return new DateText(year, null, null);
        if (month is < 1 or > 12) return null;
        if (text.Length == 7) return new DateText(year, (int)month, null);
        if (text[7] != '-' || !Digits(text, 8, 2, out var day)) return null;
        return ValidDay(year, (int)month, day) ? new DateText(year, (int)month, (int)day) : null;
    }

    /// <summary>
    /// A BibTeX <c>month</c> as its macros expand (<c>mar</c> → <c>March</c>) or as written by hand: an English month
    /// name or its first three letters (<c>Mar.</c>), or a number 1–12. Null otherwise.
    /// </summary>
    public static int? ParseMonth(string? value)
    {
        if (value is null) return null;
        var text = value.Trim().TrimEnd('.');
        if (text.Length is >= 1 and <= 2 && Digits(text, 0, text.Length, out var number)) return number is >= 1 and <= 12 ? (int)number : null;
        if (text.Length < 3) return null;
        for (var m = 1; m <= 12; m++)
        {
            var name = MonthName(m);
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase) || (text.Length == 3 && name.StartsWith(text, StringComparison.OrdinalIgnoreCase)))
                return m;
        }
        return null;
    }

    /// <summary>A BibTeX <c>day</c>: 1–31, and a day the month has. Null otherwise.</summary>
    public static int? ParseDay(string? value, long year, int month)
    {
        var text = value?.Trim() ?? "";
        return text.Length is >= 1 and <= 2 && Digits(text, 0, text.Length, out var day) && ValidDay(year, month, day) ? (int)day : null;
    }

    /// <summary>The English name of a month (1–12), as the CSL locales en-US and en-GB spell it.</summary>
    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static bool ValidDay(long year, int month, long day) =>
        day >= 1 && day <= (year is >= 1 and <= 9999 ? DateTime.DaysInMonth((int)year, month) : 31);

    private static bool Digits(string text, int start, int length, out long value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9') return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }
}
