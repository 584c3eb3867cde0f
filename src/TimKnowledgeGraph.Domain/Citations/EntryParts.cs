namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>Pieces every style's reference entry and in-text citation share.</summary>
public static class EntryParts
{
    /// <summary>The date part: the year (and its disambiguating letter); "n.d." (APA, Chicago) or "no date" (Harvard) without one.</summary>
    public static string Year(CitedWork work, CitationStyle style, string suffix) => work.Year is { } year
        ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix
        : style == CitationStyle.Harvard
            ? "no date" + (suffix.Length == 0 ? "" : " " + suffix)
            : "n.d." + (suffix.Length == 0 ? "" : "-" + suffix);

    /// <summary>
    /// A title as the style sets it: italic for books, and for web pages in APA and Harvard; in quotes (Chicago “…”,
    /// Harvard ‘…’) or plain (APA) otherwise. Chicago quotes a thesis's or a report's title too (<see cref="IsQuotedInChicago"/>).
    /// </summary>
    public static StyledText Title(CitedWork work, CitationStyle style, string? closingInsideQuotes = null)
    {
        var text = new StyledTextBuilder();
        // chicago-author-date.csl sets text-case="title" on titles (of English works); APA and Harvard keep them as written.
        var title = (style == CitationStyle.Chicago ? TitleCase.Of(work, work.Title) : work.Title) ?? "";
        var italic = style == CitationStyle.Chicago
            ? work.Kind == WorkKind.Book && !IsQuotedInChicago(work)
            : work.Kind == WorkKind.Book || IsWebPage(work);
        // Quotes inside the title alternate with the style's own around it (“… ‘Mode 2’ …”), as citeproc-js sets them.
        title = TitleQuotes.Nest(title, style, quoted: !italic && style != CitationStyle.Apa);
        if (italic) return text.Add(title, italic: true).Build();
        return style switch
        {
            // Chicago (US) puts the closing period inside the quotes: “Title.” but not after ? or !.
            CitationStyle.Chicago => text.Add("“" + title + (closingInsideQuotes is not null && !EndsSentence(title) ? closingInsideQuotes : "") + "”").Build(),
            CitationStyle.Harvard => text.Add("‘" + title + "’").Build(),
            _ => text.Add(title).Build(),
        };
    }

    /// <summary>
    /// A thesis or a report, whose title chicago-author-date.csl sets in quotation marks and title case, not in italics:
    /// its title macro (read in the file updated 2025-03-01) italicises only bill, book, classic, graphic, legislation,
    /// motion_picture, pamphlet, software and song, and quotes every other type (title-quotes-title-case).
    /// BibTeX's @phdthesis, @mastersthesis and @techreport are Zotero's thesis and report.
    /// </summary>
    public static bool IsQuotedInChicago(CitedWork work) =>
        work.Type?.ToLowerInvariant() is "thesis" or "phdthesis" or "mastersthesis" or "report" or "techreport";

    /// <summary>
    /// A web page (CSL webpage and post; BibTeX's @online as Zotero and biblatex map it): apa.csl's title macro sets its
    /// title in italics always ("Webpages are always italicized", APA 7 §9.6), as harvard-cite-them-right.csl does;
    /// chicago-author-date.csl quotes it as any part of a site.
    /// </summary>
    public static bool IsWebPage(CitedWork work) => work.Type?.ToLowerInvariant() is "webpage" or "post" or "online";

    /// <summary>
    /// What an entry starts with, as every author–date style orders it: the authors; without them the editors (of a
    /// whole edited book, not of a chapter's book) with their label after <paramref name="editorSeparator"/>; without
    /// either, the title (closed by <paramref name="titleClosing"/> inside Chicago's quotes). True when the title led,
    /// so that it is not written again after the year.
    /// </summary>
    public static bool Lead(StyledTextBuilder text, CitedWork work, CitationStyle style, string editorSeparator, string? titleClosing = null)
    {
        if (work.Authors.Count > 0) text.Add(Names.EntryList(work.Authors, style));
        else if (work.Editors.Count > 0 && work.Kind != WorkKind.Chapter)
            text.Add(Names.EntryList(work.Editors, style)).Add(editorSeparator + EditorLabel(work.Editors.Count, style));
        else if (work.Title is not null)
        {
            text.Add(Title(work, style, titleClosing));
            return true;
        }
        return false;
    }

    /// <summary>"(Ed.)"/"(Eds.)" (APA), "ed."/"eds." (Chicago), "(ed.)"/"(eds)" (Harvard, en-GB terms).</summary>
    public static string EditorLabel(int count, CitationStyle style) => style switch
    {
        CitationStyle.Apa => count == 1 ? "(Ed.)" : "(Eds.)",
        CitationStyle.Chicago => count == 1 ? "ed." : "eds.",
        _ => count == 1 ? "(ed.)" : "(eds)",
    };

    /// <summary>The DOI as a link, else the URL.</summary>
    public static string? Access(CitedWork work) =>
        work.Doi is { Length: > 0 } doi ? "https://doi.org/" + doi : work.Url is { Length: > 0 } url ? url : null;

    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';
}
