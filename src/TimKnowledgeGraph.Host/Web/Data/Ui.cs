using Microsoft.AspNetCore.Html;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>Small, always-encoding HTML helpers the pages share: links to nodes, author-year labels, provenance.</summary>
public static class Ui
{
    /// <summary>A link to a node's page, or its name as plain text when it has no page.</summary>
    public static IHtmlContent Link(string? label, string? id, string? text)
    {
        var shown = string.IsNullOrEmpty(text) ? id ?? "" : text;
        var href = PageLinks.For(label, id);
        var html = new HtmlContentBuilder();
        if (href is null) return html.Append(shown);
        return html.AppendHtml("<a href=\"").Append(href).AppendHtml("\">").Append(shown).AppendHtml("</a>");
    }

    /// <summary>"Hassink (2007)", "Storper &amp; Asheim (1993)", "Moulaert et al. (2003)": how researchers name a work.</summary>
    public static string AuthorYear(IReadOnlyList<string> authors, string? year, string fallback)
    {
        var families = authors.Select(Family).ToList();
        var who = families.Count switch
        {
            0 => fallback,
            1 => families[0],
            2 => $"{families[0]} & {families[1]}",
            _ => $"{families[0]} et al.",
        };
        return year is null ? who : $"{who} ({year})";
    }

    /// <summary>"concepts/learning-region.md:1", or null when the node has no provenance.</summary>
    public static string? Source(Rec record, string fileKey = "sourceFile", string lineKey = "sourceLine") =>
        record.Str(fileKey) is { } file ? record.Long(lineKey) is { } line ? $"{file}:{line}" : file : null;

    /// <summary>Readable text for a concept kind.</summary>
    public static string KindName(string? kind) => ConceptKinds.Name(kind);

    // Display names are "Last, First" or "First Last" depending on the export; the family name reads best in a label.
    private static string Family(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0) return name[..comma].Trim();
        var space = name.LastIndexOf(' ');
        return space > 0 ? name[(space + 1)..] : name;
    }
}
