using System.Text.RegularExpressions;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// A pinpoint in a cited work, read as Pandoc reads locators: a label (<c>p.</c>, <c>pp.</c>, <c>ch.</c>, <c>sec.</c>...)
/// and a value; a bare number is a page. Anything else (<c>Preface</c>, <c>paper, section 3</c>) is kept verbatim.
/// </summary>
public sealed partial record Locator(LocatorKind Kind, string Value)
{
    /// <summary>Reads the locator text as written after the key; null for none.</summary>
    public static Locator? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = Labelled().Match(text.Trim());
        if (!match.Success) return new Locator(LocatorKind.Verbatim, text.Trim());
        var label = match.Groups["label"].Value.ToLowerInvariant().TrimEnd('.');
        // Without a label only digits make a page: "xiv" alone could be a word ("mid", "did").
        if (label.Length == 0 && !char.IsDigit(match.Groups["value"].Value[0])) return new Locator(LocatorKind.Verbatim, text.Trim());
        var kind = label switch
        {
            "" or "p" or "pp" or "page" or "pages" => LocatorKind.Page,
            "ch" or "chap" or "chapter" or "chapters" => LocatorKind.Chapter,
            "sec" or "sect" or "section" or "sections" or "§" => LocatorKind.Section,
            _ => LocatorKind.Verbatim,
        };
        return kind == LocatorKind.Verbatim
            ? new Locator(kind, text.Trim())
            : new Locator(kind, Ranges.EnDash(match.Groups["value"].Value));
    }

    /// <summary>The locator as the style writes it: APA "p. 12", "pp. 12–14", "Chapter 2"; Chicago "12", "chap. 2"; Harvard "p. 12", "ch. 2".</summary>
    public string Render(CitationStyle style) => Kind switch
    {
        LocatorKind.Page => style == CitationStyle.Chicago ? Value : (Ranges.IsRange(Value) ? "pp. " : "p. ") + Value,
        LocatorKind.Chapter => style switch
        {
            CitationStyle.Apa => "Chapter " + Value,
            CitationStyle.Chicago => "chap. " + Value,
            _ => "ch. " + Value,
        },
        LocatorKind.Section => style switch
        {
            CitationStyle.Apa => "Section " + Value,
            CitationStyle.Chicago => "sec. " + Value,
            _ => "sect. " + Value,
        },
        _ => Value,
    };

    // A label from the list (or none), then a value made of digits, roman numerals and ranges only.
    [GeneratedRegex(@"^(?<label>(?:pp?\.?|pages?|ch(?:ap)?\.?|chapters?|sec(?:t)?\.?|sections?|§)?)\s*(?<value>[0-9ivxlcdm]+(?:\s*(?:-{1,2}|–|,)\s*[0-9ivxlcdm]+)*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}

/// <summary>What a locator points at.</summary>
public enum LocatorKind
{
    /// <summary>A page or pages.</summary>
    Page,

    /// <summary>A chapter.</summary>
    Chapter,

    /// <summary>A section.</summary>
    Section,

    /// <summary>Free text, shown as written.</summary>
    Verbatim,
}

/// <summary>Page ranges as styles print them.</summary>
public static partial class Ranges
{
    /// <summary>"45-67" and "45--67" become "45–67" (en dash), as every style prints ranges.</summary>
    public static string EnDash(string pages) => Joined(pages, "–");

    /// <summary>
    /// Every range's dash (<c>-</c>, <c>--</c>, <c>–</c>, <c>—</c>) written as <paramref name="separator"/>: the exports
    /// write <c>45--67</c> in BibTeX (its en dash) and <c>45-67</c> in CSL-JSON (citeproc prints the style's dash).
    /// </summary>
    public static string Joined(string pages, string separator)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return Hyphens().Replace(pages.Trim(), separator);
    }

    /// <summary>
    /// Page ranges as Chicago abbreviates them (CMOS 9.64; CSL <c>page-range-format="chicago"</c>, which Zotero's
    /// chicago-author-date.csl sets): "71–72", "100–104" and "1496–1504" in full, "107–8", "321–28", "1087–89",
    /// "11564–68". A range that is not two whole numbers of the same length, rising, stays as written (with an en dash).
    /// </summary>
    public static string Chicago(string pages)
    {
        var ranges = EnDash(pages).Split(',');
        for (var i = 0; i < ranges.Length; i++)
        {
            var ends = ranges[i].Split('–');
            if (ends.Length == 2 && AbbreviatedEnd(ends[0].Trim(), ends[1].Trim()) is { } end)
                ranges[i] = ends[0] + "–" + end;
        }
        return string.Join(",", ranges);
    }

    private static string? AbbreviatedEnd(string first, string last)
    {
        if (first.Length != last.Length || first.Length > 9 || !first.All(char.IsAsciiDigit) || !last.All(char.IsAsciiDigit)) return null;
        var from = int.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        if (int.Parse(last, System.Globalization.CultureInfo.InvariantCulture) <= from || from < 100 || from % 100 == 0) return null;
        var common = 0;
        while (first[common] == last[common]) common++;
        // At least the last digit after 101-109 of a hundred, the last two digits after 110-199.
        var digits = Math.Max(last.Length - common, from % 100 < 10 ? 1 : 2);
        // Four-digit numbers that change in three digits are written in full (1496–1504).
        return first.Length == 4 && digits >= 3 ? null : last[^digits..];
    }

    /// <summary>True for "45–67" and "3, 7": more than one page.</summary>
    public static bool IsRange(string pages) => pages.Contains('–') || pages.Contains(',');

    [GeneratedRegex(@"\s*(?:-{1,2}|–|—)\s*")]
    private static partial Regex Hyphens();
}
