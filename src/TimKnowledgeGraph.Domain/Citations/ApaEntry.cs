namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// APA 7 reference entries (apa.csl): <c>Storper, M. (1993). Title. <i>Journal</i>, <i>12</i>(3), 45–67. https://doi.org/…</c>;
/// books <c>Author, A. (2007). <i>Title</i>. Publisher.</c>; chapters <c>… Title. In E. Editor (Ed.), <i>Book</i> (pp. 1–10). Publisher.</c>
/// </summary>
internal static class ApaEntry
{
    public static StyledText Format(CitedWork work, string year)
    {
        const CitationStyle style = CitationStyle.Apa;
        var text = new StyledTextBuilder();
        var titleLeads = EntryParts.Lead(text, work, style, " ");
        text.Period();
        text.Add((text.IsEmpty ? "" : " ") + $"({year}).");

        if (work.Title is not null && !titleLeads) text.Add(" ").Add(EntryParts.Title(work, style)).Period();

        switch (work.Kind)
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
                if (work.Pages is not null)
                {
                    var pages = Ranges.EnDash(work.Pages);
                    text.Add($" ({(Ranges.IsRange(pages) ? "pp." : "p.")} {pages})");
                }
                text.Add(".");
                break;
            case WorkKind.Other when work.Container is not null:
                text.Add(" ").Add(work.Container, italic: true).Period();
                break;
        }
        if (work.Publisher is not null && work.Kind != WorkKind.Article) text.Add(" " + work.Publisher).Period();
        if (EntryParts.Access(work) is { } access) text.Add(" " + access);
        return text.Build();
    }
}
