namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// Chicago 17th author–date reference-list entries (chicago-author-date.csl, 17th edition):
/// <c>Storper, Michael. 1993. “Title.” <i>Journal</i> 12 (3): 45–67. https://doi.org/….</c> (page ranges abbreviated
/// as Chicago does: 321–28);
/// books <c>Rutten, Roel, and Frans Boekema, eds. 2007. <i>Title</i>. Place: Publisher.</c> (titles and containers in
/// title case, as the style's <c>text-case="title"</c> sets them: <see cref="TitleCase"/>);
/// chapters <c>… “Title.” In <i>Book</i>, edited by Roel Rutten, 1–10. Place: Publisher.</c>
/// </summary>
internal static class ChicagoEntry
{
    public static StyledText Format(CitedWork work, string year)
    {
        const CitationStyle style = CitationStyle.Chicago;
        var text = new StyledTextBuilder();
        var titleLeads = EntryParts.Lead(text, work, style, ", ", ".");
        text.Period();
        text.Add((text.IsEmpty ? "" : " ") + year).Period(); // "n.d." ends with its own period

        if (work.Title is not null && !titleLeads) text.Add(" ").Add(EntryParts.Title(work, style, ".")).Period();

        switch (work.Kind)
        {
            case WorkKind.Article when work.Container is not null:
                text.Add(" ").Add(TitleCase.Of(work, work.Container)!, italic: true);
                if (work.Volume is not null) text.Add(" " + work.Volume);
                if (work.Issue is not null) text.Add($" ({work.Issue})");
                if (work.Pages is not null) text.Add((work.Volume ?? work.Issue) is null ? ", " : ": ").Add(Ranges.Chicago(work.Pages));
                text.Add(".");
                break;
            case WorkKind.Chapter when work.Container is not null:
                text.Add(" In ").Add(TitleCase.Of(work, work.Container)!, italic: true);
                if (work.Editors.Count > 0 && work.Authors.Count > 0) text.Add(", edited by " + Names.DirectList(work.Editors, style));
                if (work.Pages is not null) text.Add(", " + Ranges.Chicago(work.Pages));
                text.Add(".");
                break;
            case WorkKind.Other when work.Container is not null:
                text.Add(" ").Add(TitleCase.Of(work, work.Container)!, italic: true).Period();
                break;
        }
        if (work.Publisher is not null && work.Kind != WorkKind.Article)
            text.Add(" " + (work.Place is null ? work.Publisher : $"{work.Place}: {work.Publisher}")).Period();
        if (EntryParts.Access(work) is { } access) text.Add(" " + access).Period();
        return text.Build();
    }
}
