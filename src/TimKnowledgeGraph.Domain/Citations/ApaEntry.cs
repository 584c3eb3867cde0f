namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// APA 7 reference entries (apa.csl): <c>Storper, M. (1993). Title. <i>Journal</i>, <i>12</i>(3), 45–67. https://doi.org/…</c>;
/// books <c>Author, A. (2007). <i>Title</i> (J. Smith, Trans.; 2nd ed.). Publisher. (Original work published 1900)</c>;
/// chapters <c>… Title. In E. Editor (Ed.), <i>Book</i> (2nd ed., pp. 1–10). Publisher.</c>; theses
/// <c>… <i>Title</i> [Doctoral dissertation, University].</c>; newspapers, magazines, blog posts and web pages dated to
/// the day <c>(2020, March 4)</c> (<see cref="EntryDetails.DatedToTheDay"/>). Access dates are not printed: apa.csl
/// prints none (APA 7 §9.16 asks for one only for pages designed to change, which no field tells apart).
/// </summary>
internal static class ApaEntry
{
    public static StyledText Format(CitedWork work, string year)
    {
        const CitationStyle style = CitationStyle.Apa;
        var text = new StyledTextBuilder();
        var titleLeads = EntryParts.Lead(text, work, style, " ");
        if (titleLeads) Descriptions(text, work);
        text.Period();
        var date = work.Year is not null && EntryDetails.MonthDay(work, style) is { } monthDay ? $"{year}, {monthDay}" : year;
        text.Add((text.IsEmpty ? "" : " ") + $"({date}).");

        if (work.Title is not null && !titleLeads)
        {
            text.Add(" ").Add(EntryParts.Title(work, style));
            Descriptions(text, work);
            text.Period();
        }

        switch (EntryDetails.IsPaperWithoutEditors(work) ? WorkKind.Article : work.Kind)
        {
            case WorkKind.Article when work.Container is not null:
                text.Add(" ").Add(work.Container, italic: true);
                if (work.Volume is not null) text.Add(", ").Add(work.Volume, italic: true);
                if (work.Issue is not null) text.Add(work.Volume is null ? $", ({work.Issue})" : $"({work.Issue})");
                if (work.Pages is not null) text.Add(", " + Ranges.EnDash(work.Pages));
                text.Add(".");
                break;
            case WorkKind.Chapter when work.Container is not null:
                text.Add(" In ");
                if (work.Editors.Count > 0 && work.Authors.Count > 0)
                    text.Add($"{Names.DirectList(work.Editors, style)} {EntryParts.EditorLabel(work.Editors.Count, style)}, ");
                text.Add(work.Container, italic: true);
                // apa.csl puts the book's edition and the chapter's pages in one parenthesis after the book: (2nd ed., pp. 1–10).
                string?[] about = [EntryDetails.Edition(work, style), work.Pages is null ? null : Pages(work.Pages)];
                if (about.Any(a => a is not null)) text.Add($" ({string.Join(", ", about.OfType<string>())})");
                text.Add(".");
                break;
            case WorkKind.Other when work.Container is not null:
                text.Add(" ").Add(work.Container, italic: true).Period();
                break;
        }
        // A thesis's university is in its brackets already.
        if (work.Publisher is not null && work.Kind != WorkKind.Article && EntryDetails.ThesisGenre(work) is null) text.Add(" " + work.Publisher).Period();
        if (EntryParts.Access(work) is { } access) text.Add(" " + access);
        // apa.csl ends the entry with the original date, after the DOI or URL and with no period (APA 7 §9.41).
        if (work.OriginalYear is { } original)
            text.Add(" " + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(Original work published {original})"));
        return text.Build();
    }

    // After the title: the translators and (but for a chapter, whose edition is its book's) the edition in one
    // parenthesis, "(J. Smith, Trans.; 2nd ed.)" (APA 7 §9.39, §9.40); then a thesis's kind and university in brackets,
    // "[Doctoral dissertation, University]" (§10.6).
    private static void Descriptions(StyledTextBuilder text, CitedWork work)
    {
        const CitationStyle style = CitationStyle.Apa;
        string?[] parenthesis = [EntryDetails.Translators(work, style), work.Kind == WorkKind.Chapter ? null : EntryDetails.Edition(work, style)];
        if (parenthesis.Any(p => p is not null)) text.Add($" ({string.Join("; ", parenthesis.OfType<string>())})");
        if (EntryDetails.ThesisGenre(work) is { } genre)
            text.Add($" [{genre}{(work.Publisher is null ? "" : ", " + work.Publisher)}]");
    }

    private static string Pages(string pages)
    {
        var range = Ranges.EnDash(pages);
        return $"{(Ranges.IsRange(range) ? "pp." : "p.")} {range}";
    }
}
