using System.Globalization;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// What the styles print of a work beyond its authors, date, title and container: the edition, the translators, a
/// thesis's kind, the month and day, the access date. Each rule names the CSL style (Zotero's, as citeproc-js runs
/// it) it follows: apa.csl (APA 7th), chicago-author-date.csl (17th), harvard-cite-them-right.csl, with the en-US
/// locale for the first two and en-GB for Harvard.
/// </summary>
internal static class EntryDetails
{
    /// <summary>
    /// The kinds of work the styles date to the day: apa.csl's date-bib macro adds the month and day to the year for
    /// article-magazine, article-newspaper, broadcast, interview, motion_picture, pamphlet, personal_communication, post,
    /// post-weblog, song, speech and webpage (APA 7 §9.14), and for a paper-conference with no editor, issue, page or
    /// volume (a paper presented, not published in proceedings); chicago-author-date.csl prints the full date of magazine and newspaper
    /// articles and blog posts after the container; harvard-cite-them-right.csl's published-date macro the day and month
    /// of article-newspaper, article-magazine, post-weblog and speech. A journal article, a book or a chapter keeps
    /// the year alone in every style. BibTeX's @online is a web page (as Zotero and biblatex map it).
    /// </summary>
    public static bool DatedToTheDay(CitedWork work, CitationStyle style) => work.Type?.ToLowerInvariant() switch
    {
        "article-magazine" or "article-newspaper" or "post-weblog" => true,
        "speech" => style != CitationStyle.Chicago,
        "webpage" or "online" or "post" or "broadcast" or "interview" or "pamphlet" or "personal_communication" or "motion_picture" or "song" =>
            style == CitationStyle.Apa,
        "paper-conference" or "inproceedings" or "conference" => style == CitationStyle.Apa
            && IsPaperWithoutEditors(work) && (work.Issue ?? work.Pages ?? work.Volume) is null,
        _ => false,
    };

    /// <summary>
    /// A conference paper with no editors: apa.csl sets its conference or proceedings as a journal's, "<i>Conference</i>,
    /// <i>12</i>(3), 4", with no "In" (its container macro takes the book-like form only with editors).
    /// </summary>
    public static bool IsPaperWithoutEditors(CitedWork work) =>
        work.Type?.ToLowerInvariant() is "paper-conference" or "inproceedings" or "conference" && work.Editors.Count == 0;

    /// <summary>
    /// The edition as the style prints it. citeproc-js takes an edition as a number when it is digits, with or without
    /// an ordinal suffix ("2", "2nd": is-numeric), and then prints the ordinal and the locale's short term: "2nd ed."
    /// (en-US, APA and Chicago), "2nd edn." (en-GB, Harvard); any other edition ("Revised", "Second") is printed as
    /// written, Chicago capitalising its first letter (text-case="capitalize-first").
    /// </summary>
    public static string? Edition(CitedWork work, CitationStyle style)
    {
        if (work.Edition is not { Length: > 0 } edition) return null;
        if (Number(edition) is { } number)
            return Ordinal(number) + (style == CitationStyle.Harvard ? " edn." : " ed.");
        return style == CitationStyle.Chicago ? char.ToUpperInvariant(edition[0]) + edition[1..] : edition;
    }

    // "2", "2nd", "3rd", "4th", "21st": the number; anything else null.
    private static long? Number(string edition)
    {
        var digits = 0;
        while (digits < edition.Length && digits < 6 && char.IsAsciiDigit(edition[digits])) digits++;
        if (digits == 0) return null;
        var rest = edition[digits..].Trim().ToLowerInvariant();
        return rest is "" or "st" or "nd" or "rd" or "th" or "." ? long.Parse(edition[..digits], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st (the CSL locales' ordinal terms).</summary>
    public static string Ordinal(long number) =>
        number.ToString(CultureInfo.InvariantCulture) + ((number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>
    /// The translators: APA "J. Strachey, Trans." inside the parentheses after the title (apa.csl, label form short);
    /// Chicago "Translated by James Strachey" and Harvard "Translated by J. Strachey" as a sentence after the title
    /// (label form verb, capitalised). Null without translators.
    /// </summary>
    public static string? Translators(CitedWork work, CitationStyle style)
    {
        if (work.Translators.Count == 0) return null;
        var names = Names.DirectList(work.Translators, style);
        return style == CitationStyle.Apa ? names + ", Trans." : "Translated by " + names;
    }

    /// <summary>
    /// A thesis's kind in words: its <c>type</c> or CSL <c>genre</c> ("Doctoral dissertation", as Zotero writes it),
    /// biblatex's keys for it turned into words (phdthesis, mathesis); without either, what a BibTeX entry type says
    /// (@phdthesis a doctoral dissertation, @mastersthesis a master's thesis: APA 7 §10.6's words). Null for a work that
    /// is no thesis, or a CSL thesis with no genre (nothing is invented).
    /// </summary>
    public static string? ThesisGenre(CitedWork work)
    {
        var type = work.Type?.ToLowerInvariant();
        if (!IsThesis(work)) return null;
        return work.Genre?.Trim().ToLowerInvariant() switch
        {
            "phdthesis" or "phd" or "doctoral" => "Doctoral dissertation",
            "mathesis" or "mastersthesis" or "masters" => "Master's thesis",
            { Length: > 0 } => work.Genre!.Trim(),
            _ => type switch { "phdthesis" => "Doctoral dissertation", "mastersthesis" => "Master's thesis", _ => null },
        };
    }

    /// <summary>
    /// The date APA prints before a URL, "March 4, 2020" in "Retrieved March 4, 2020, from https://…", or null. apa.csl's
    /// source-DOI-URL macro prints it for a work of any type that has a URL but no DOI, no issued date and no status
    /// (APA 7 §9.16: a retrieval date for works designed to change, which an undated page is taken to be), and only
    /// when the access date is known: its group of "Retrieved", the date and "from" is left out without the date.
    /// </summary>
    public static string? Retrieved(CitedWork work) =>
        work.Doi is not { Length: > 0 } && work.Url is { Length: > 0 } && work.Year is null
            ? WorkDates.Long(work.Accessed, dayFirst: false)
            : null;

    /// <summary>A thesis: CSL's thesis, BibTeX's @thesis, @phdthesis and @mastersthesis.</summary>
    public static bool IsThesis(CitedWork work) => work.Type?.ToLowerInvariant() is "thesis" or "phdthesis" or "mastersthesis";

    /// <summary>"March 4" (en-US) or "4 March" (en-GB) for a work the style dates to the day, else null.</summary>
    public static string? MonthDay(CitedWork work, CitationStyle style) =>
        DatedToTheDay(work, style) ? WorkDates.MonthDay(work.Month, work.Day, dayFirst: style == CitationStyle.Harvard) : null;
}
