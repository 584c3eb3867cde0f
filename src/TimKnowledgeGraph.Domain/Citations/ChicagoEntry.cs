namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// Chicago 17th author–date reference-list entries (chicago-author-date.csl, 17th edition):
/// <c>Storper, Michael. 1993. “Title.” <i>Journal</i> 12 (3): 45–67. https://doi.org/….</c> (page ranges abbreviated
/// as Chicago does: 321–28);
/// books <c>Rutten, Roel, and Frans Boekema, eds. 2007. <i>Title</i>. Place: Publisher.</c> (titles and containers in
/// title case, as the style's <c>text-case="title"</c> sets them: <see cref="TitleCase"/>);
/// chapters <c>… “Title.” In <i>Book</i>, edited by Roel Rutten, translated by James Strachey, 1–10. Place: Publisher.</c>;
/// after the title of other works "Translated by James Strachey." and the edition "2nd ed." (<see cref="EntryDetails"/>);
/// theses and reports with quoted titles; a thesis's kind before its university, "Doctoral dissertation, University.";
/// newspapers, magazines and blog posts dated in full after the
/// container, "<i>New York Times</i>, March 4, 2020."; a work without a date "Accessed March 4, 2020." before its link
/// (the style's access macro prints the access date only when there is no issued date).
/// </summary>
internal static class ChicagoEntry
{
    public static StyledText Format(CitedWork work, string year)
    {
        const CitationStyle style = CitationStyle.Chicago;
        var text = new StyledTextBuilder();
        var titleLeads = EntryParts.Lead(text, work, style, ", ", ".");
        text.Period();
        // The style's date macro puts a reprint's original year before the year in parentheses: "(1900) 1953" (CMOS 15.40).
        var original = work.OriginalYear is { } first && work.Year is not null ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({first}) ") : "";
        text.Add((text.IsEmpty ? "" : " ") + original + year).Period(); // "n.d." ends with its own period

        if (work.Title is not null && !titleLeads) text.Add(" ").Add(EntryParts.Title(work, style, ".")).Period();
        // A chapter's translators follow its book (below); other works' follow the title as a sentence.
        var chapter = work.Kind == WorkKind.Chapter && work.Container is not null;
        if (!chapter && EntryDetails.Translators(work, style) is { } translators) text.Add(" " + translators).Period();
        // A chapter's edition is its book's, printed after the book (below).
        if (work.Kind != WorkKind.Chapter && EntryDetails.Edition(work, style) is { } edition) text.Add(" " + edition).Period();

        switch (work.Kind)
        {
            case WorkKind.Article when work.Container is not null:
                text.Add(" ").Add(TitleCase.Of(work, work.Container)!, italic: true);
                if (EntryDetails.DatedToTheDay(work, style) && work.Month is not null)
                    text.Add(", " + WorkDates.Long(WorkDates.Issued(work), dayFirst: false));
                if (work.Volume is not null) text.Add(" " + work.Volume);
                if (work.Issue is not null) text.Add($" ({work.Issue})");
                if (work.Pages is not null) text.Add((work.Volume ?? work.Issue) is null ? ", " : ": ").Add(Ranges.Chicago(work.Pages));
                text.Add(".");
                break;
            case WorkKind.Chapter when work.Container is not null:
                text.Add(" In ").Add(TitleCase.Of(work, work.Container)!, italic: true);
                if (work.Editors.Count > 0 && work.Authors.Count > 0) text.Add(", edited by " + Names.DirectList(work.Editors, style));
                // The style's container-contributors macro (secondary-contributors-list-full): "edited by …, translated by …"
                // after the book, in lower case, where its secondary-contributors macro leaves a chapter's out.
                if (work.Translators.Count > 0) text.Add(", translated by " + Names.DirectList(work.Translators, style));
                if (work.Pages is not null) text.Add(", " + Ranges.Chicago(work.Pages));
                text.Add(".");
                if (EntryDetails.Edition(work, style) is { } bookEdition) text.Add(" " + bookEdition).Period();
                break;
            case WorkKind.Other when work.Container is not null:
                text.Add(" ").Add(TitleCase.Of(work, work.Container)!, italic: true).Period();
                break;
        }
        if (EntryDetails.ThesisGenre(work) is { } genre) text.Add(" " + genre + (work.Publisher is null ? "" : ", " + work.Publisher)).Period();
        // The style's publisher macro gives a thesis its university alone, without a place.
        else if (work.Publisher is not null && work.Kind != WorkKind.Article)
            text.Add(" " + (work.Place is null || EntryDetails.IsThesis(work) ? work.Publisher : $"{work.Place}: {work.Publisher}")).Period();
        if (EntryParts.Access(work) is { } access)
        {
            if (work.Year is null && WorkDates.Long(work.Accessed, dayFirst: false) is { } accessed) text.Add(" Accessed " + accessed).Period();
            text.Add(" " + access).Period();
        }
        return text.Build();
    }
}
