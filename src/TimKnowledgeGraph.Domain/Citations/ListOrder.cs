namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// The order of a reference list, as each style's <c>&lt;bibliography&gt;&lt;sort&gt;</c> gives it, and so the order in
/// which works cited alike get their letters (2020a, 2020b: citation processors hand out year suffixes in bibliography
/// order). apa.csl sorts by author-sort, date-sort-group (works without a date first), date-sort, status, title;
/// chicago-author-date.csl by author, date, title, genre; harvard-cite-them-right.csl by author, year-date, title. A
/// sort key that is a macro holds only the date parts the macro renders (CSL specification, "Sorting"): Chicago's and
/// Harvard's date macros render the year, so works of one year go by title; apa.csl's date-sort renders the full date
/// of the works it dates to the day (<see cref="SortsByFullDate"/>), so two newspaper articles of one author and year
/// go by their dates, and only works of one date by title.
/// </summary>
internal static class ListOrder
{
    /// <summary>The works in reference-list order; the key last, so that the order is total.</summary>
    public static IOrderedEnumerable<CitedWork> Of(IEnumerable<CitedWork> works, CitationStyle style) =>
        works.OrderBy(w => Bibliography.NamesSortKey(w, style), StringComparer.Ordinal)
            .ThenBy(w => DateKey(w, style))
            .ThenBy(w => w.Title ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(w => w.Key, StringComparer.Ordinal);

    /// <summary>
    /// The date as the style sorts it: APA puts a work without a date first (date-sort-group "0"), the others last
    /// ("n.d." and "no date" sort after the years); the month and day count only where <see cref="SortsByFullDate"/>.
    /// </summary>
    public static (int Group, long Year, long Month, long Day) DateKey(CitedWork work, CitationStyle style)
    {
        if (work.Year is not { } year) return (style == CitationStyle.Apa ? 0 : 2, 0, 0, 0);
        return style == CitationStyle.Apa && SortsByFullDate(work) ? (1, year, work.Month ?? 0, work.Month is null ? 0 : work.Day ?? 0) : (1, year, 0, 0);
    }

    /// <summary>
    /// Whether apa.csl's date-sort macro sorts the work by its full date ("date-issued-leading-zeros", 2020-03-04) rather
    /// than its year: every type but article, article-journal, book, chapter, entry, entry-dictionary, entry-encyclopedia,
    /// dataset, figure, graphic, manuscript, map, musical_score, patent, report, review, review-book and thesis, and but a
    /// paper-conference with editors, an issue, pages or a volume (BibTeX's names for these types count as Zotero maps
    /// them). A work with no type sorts by year, as the styles print it.
    /// </summary>
    public static bool SortsByFullDate(CitedWork work) => work.Type?.ToLowerInvariant() switch
    {
        null or "article" or "article-journal" or "book" or "mvbook" or "proceedings" or "chapter" or "incollection" or "inbook"
            or "entry" or "entry-dictionary" or "entry-encyclopedia" or "dataset" or "figure" or "graphic" or "manuscript"
            or "map" or "musical_score" or "patent" or "report" or "techreport" or "review" or "review-book" or "thesis"
            or "phdthesis" or "mastersthesis" => false,
        "paper-conference" or "inproceedings" or "conference" => EntryDetails.IsPaperWithoutEditors(work) && (work.Issue ?? work.Pages ?? work.Volume) is null,
        _ => true,
    };
}
