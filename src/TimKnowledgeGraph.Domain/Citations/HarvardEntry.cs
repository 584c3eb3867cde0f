namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// Cite Them Right Harvard reference-list entries (harvard-cite-them-right.csl):
/// <c>Storper, M. (1993) ‘Title’, <i>Journal</i>, 12(3), pp. 45–67. Available at: https://doi.org/….</c>;
/// books <c>Rutten, R. and Boekema, F. (eds) (2007) <i>Title</i>. Place: Publisher.</c>;
/// chapters <c>… ‘Title’, in Rutten, R. (ed.), Strachey, J. (trans.) <i>Book</i>. Place: Publisher, pp. 1–10.</c>
/// After the title and container "Translated by J. Strachey", the edition "2nd edn" and a thesis's kind, each a sentence
/// (<see cref="EntryDetails"/>); newspapers, magazines and blog posts "<i>The Times</i>, 4 March"; a URL with its
/// access date "Available at: https://… (Accessed: 4 March 2020)." (the style prints it after a URL, not after a DOI).
/// The CSL style adds "[Preprint]" to an article with a journal but no volume or pages; most seed references are
/// such articles only because the texts give no more, so that claim is not made here.
/// </summary>
internal static class HarvardEntry
{
    public static StyledText Format(CitedWork work, string year)
    {
        const CitationStyle style = CitationStyle.Harvard;
        var text = new StyledTextBuilder();
        var titleLeads = EntryParts.Lead(text, work, style, " ");
        text.Add((text.IsEmpty ? "" : " ") + $"({year})");

        if (work.Title is not null && !titleLeads) text.Add(" ").Add(EntryParts.Title(work, style));
        if (work.Container is not null)
        {
            // The title and the container form one comma-separated group after "(year) ": without a title, no comma.
            var separator = work.Title is not null && !titleLeads ? ", " : " ";
            if (work.Kind == WorkKind.Chapter) text.Add(separator + "in ").Add(BookContributors(work));
            else text.Add(separator);
            if (work.Kind != WorkKind.Book) text.Add(work.Container, italic: true);
            else text.Add(work.Container);
        }
        // Each a sentence of its own, in the style's order (the edition is part of its title macro, the translators its
        // secondary contributors, the thesis's kind its publisher macro); the next part's ". " closes each ("2nd edn.
        // Translated by J. Strachey. London: Publisher").
        // A chapter's translators stand with its book's editors instead (BookContributors).
        var translators = work.Kind == WorkKind.Chapter && work.Container is not null ? null : EntryDetails.Translators(work, style);
        string?[] sentences = [EntryDetails.Edition(work, style)?.TrimEnd('.'), translators, EntryDetails.ThesisGenre(work)];
        foreach (var sentence in sentences.OfType<string>()) text.Add(text.IsEmpty ? sentence : ". " + sentence);
        if (work.Publisher is not null && work.Kind != WorkKind.Article)
            text.Add(". " + (work.Place is null || EntryDetails.ThesisGenre(work) is not null ? work.Publisher : $"{work.Place}: {work.Publisher}"));
        if (work.Kind == WorkKind.Article && (work.Volume ?? work.Issue) is not null)
            text.Add(", " + (work.Volume ?? "") + (work.Issue is null ? "" : $"({work.Issue})"));
        // The style's published-date macro: en-GB's day and month after volume(issue), the year being at the head.
        if (EntryDetails.MonthDay(work, style) is { } monthDay) text.Add(", " + monthDay);
        if (work.Pages is not null && work.Kind != WorkKind.Other)
        {
            var pages = Ranges.EnDash(work.Pages);
            text.Add($", {(Ranges.IsRange(pages) ? "pp." : "p.")} {pages}");
        }
        if (EntryParts.Access(work) is { } access)
        {
            text.Period().Add(" Available at: " + access);
            if (work.Doi is null && WorkDates.Long(work.Accessed, dayFirst: true) is { } accessed) text.Add($" (Accessed: {accessed})");
        }
        return text.Period().Build();
    }

    // A chapter's editors and translators before its book, "Rutten, R. (ed.), Strachey, J. (trans.) ": the style's editor
    // macro, which for a chapter or paper-conference names the variables "editor translator" together, in sort order
    // (name-as-sort-order="all", as Cite Them Right writes "in Smith, S.M. (ed.)"), each list with its short label in
    // parentheses and ", " between them (en-GB "trans." for one translator or several); its secondary-contributors
    // macro leaves them out for these types. Editors who head the entry for want of authors are not repeated here.
    private static string BookContributors(CitedWork work)
    {
        const CitationStyle style = CitationStyle.Harvard;
        var lists = new List<string>();
        if (work.Editors.Count > 0 && work.Authors.Count > 0)
            lists.Add($"{InSortOrder(work.Editors)} {EntryParts.EditorLabel(work.Editors.Count, style)}");
        if (work.Translators.Count > 0) lists.Add($"{InSortOrder(work.Translators)} (trans.)");
        return lists.Count == 0 ? "" : string.Join(", ", lists) + " ";
    }

    // "Rutten, R. and Boekema, F."; from three names a comma before "and" too, as the editor macro's name element leaves
    // delimiter-precedes-last at CSL's "contextual" (the author macro sets "never"); a list ending in "and others"
    // gives its names and "et al.".
    private static string InSortOrder(IReadOnlyList<Content.References.PersonName> all)
    {
        var (names, more) = Names.Listed(all);
        var inverted = names.Select(n => Names.Inverted(n, CitationStyle.Harvard)).ToList();
        if (more) return string.Join(", ", inverted) + " et al.";
        return inverted.Count <= 2
            ? string.Join(" and ", inverted)
            : string.Join(", ", inverted.Take(inverted.Count - 1)) + ", and " + inverted[^1];
    }
}
