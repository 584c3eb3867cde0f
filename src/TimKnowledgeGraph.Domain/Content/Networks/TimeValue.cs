using System.Globalization;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// The dates of network data (<c>from</c>, <c>to</c>): a year <c>2007</c> or an ISO date <c>2007-05-14</c>, stored as
/// ISO date text so that text order is date order (time-schema: a year as <c>from</c> is its first day, as <c>to</c> its
/// last). Years 0001-9999 only, written with four digits; anything else is not a date. Never throws.
/// </summary>
public static class TimeValue
{
    /// <summary>What a date may look like, for diagnostics.</summary>
    public const string Expected = "a year like 2007 or a date like 2007-05-14";

    /// <summary>The ISO date <paramref name="text"/> means as a start (<paramref name="end"/> false) or an end; false when it is no date.</summary>
    public static bool TryParse(string? text, bool end, out string iso)
    {
        iso = "";
        if (text is null) return false;
        if (text.Length == 4 && IsDigits(text))
        {
            if (text == "0000") return false;
            iso = end ? $"{text}-12-31" : $"{text}-01-01";
            return true;
        }
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' && IsDigits(text.AsSpan(0, 4)) && IsDigits(text.AsSpan(5, 2)) && IsDigits(text.AsSpan(8, 2))
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            iso = text;
            return true;
        }
        return false;
    }

    // ASCII digits only: char.IsDigit accepts other scripts' digits, which DateOnly would not read the same way.
    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (c is < '0' or > '9') return false;
        return true;
    }
}
