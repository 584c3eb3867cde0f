namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// APA 7 reference entries (apa.csl): <c>Storper, M. (1993). Title. <i>Journal</i>, <i>12</i>(3), 45–67. https://doi.org/…</c>;
/// books <c>Author, A. (2007). <i>Title</i> (J. Smith, Trans.; 2nd ed.). Publisher. (Original work published 1900)</c>;
/// chapters <c>… Title. In E. Editor (Ed.), <i>Book</i> (2nd ed., pp. 1–10). Publisher.</c>; theses
/// <c>… <i>Title</i> [Doctoral dissertation, University].</c>; newspapers, magazines, blog posts and web pages dated to
/// the day <c>(2020, March 4)</c> (<see cref="EntryDetails.DatedToTheDay"/>); a work without a date read at a URL
/// <c>(n.d.). … Retrieved March 4, 2020, from https://…</c> (<see cref="EntryDetails.Retrieved"/>).
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
        // A published thesis's university is in its brackets already (Descriptions).
        if (work.Publisher is not null && work.Kind != WorkKind.Article && !(EntryDetails.IsThesis(work) && IsPublished(work)))
            text.Add(" " + work.Publisher).Period();
        if (EntryParts.Access(work) is { } access) text.Add(" " + (EntryDetails.Retrieved(work) is { } retrieved ? $"Retrieved {retrieved}, from " : "") + access);
        // apa.csl ends the entry with the original date, after the DOI or URL and with no period (APA 7 §9.41).
        if (work.OriginalYear is { } original)
            text.Add(" " + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(Original work published {original})"));
        return text.Build();
    }

    // After the title: the translators and (but for a chapter, whose edition is its book's) the edition in one
    // parenthesis, "(J. Smith, Trans.; 2nd ed.)" (APA 7 §9.39, §9.40); then a thesis's kind in brackets, with its
    // university when the thesis is published, "[Doctoral dissertation, University]", else "[Doctoral dissertation].
    // University." (APA 7 §10.6; apa.csl's description-thesis and source-publisher macros: the university goes in the
    // brackets when the thesis has an archive, a DOI or a URL).
    private static void Descriptions(StyledTextBuilder text, CitedWork work)
    {
        const CitationStyle style = CitationStyle.Apa;
        string?[] parenthesis = [EntryDetails.Translators(work, style), work.Kind == WorkKind.Chapter ? null : EntryDetails.Edition(work, style)];
        if (parenthesis.Any(p => p is not null)) text.Add($" ({string.Join("; ", parenthesis.OfType<string>())})");
        if (!EntryDetails.IsThesis(work)) return;
        string?[] bracket = [EntryDetails.ThesisGenre(work), IsPublished(work) ? work.Publisher : null];
        if (bracket.Any(b => b is not null)) text.Add($" [{string.Join(", ", bracket.OfType<string>())}]");
    }

    // What apa.csl takes for a published thesis: one with a DOI or URL (or an archive, which no field here holds).
    private static bool IsPublished(CitedWork work) => work.Doi is { Length: > 0 } || work.Url is { Length: > 0 };

    private static string Pages(string pages)
    {
        var range = Ranges.EnDash(pages);
        return $"{(Ranges.IsRange(range) ? "pp." : "p.")} {range}";
    }
}
