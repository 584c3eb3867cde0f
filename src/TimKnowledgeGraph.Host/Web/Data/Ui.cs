using Microsoft.AspNetCore.Html;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>Small, always-encoding HTML helpers the pages share: links to nodes, author-year labels, provenance.</summary>
internal static class Ui
{
    /// <summary>
    /// A link to a node's page, or its name as plain text when it has no page. A reference is named as readers cite it
    /// ("Storper (1993)", from the page's works), not by its key or title, wherever a page links one.
    /// </summary>
    public static IHtmlContent Link(HttpContext context, string? label, string? id, string? text)
    {
        if (label == GraphSchema.Reference && id is not null && Works(context) is var works && works.Get(id) is not null) text = works.Label(id).Plain;
        var shown = string.IsNullOrEmpty(text) ? id ?? "" : text;
        var href = PageLinks.For(label, id);
        var html = new HtmlContentBuilder();
        if (href is null) return html.Append(shown);
        return html.AppendHtml("<a href=\"").Append(href).AppendHtml("\">").Append(shown).AppendHtml("</a>");
    }

    /// <summary>"Storper (1993)" for a key, with the corpus's letters; the row's own names when the corpus lacks the key.</summary>
    public static string Cite(Bibliography works, string key, IReadOnlyList<string> authors, string? year) =>
        works.Get(key) is not null ? works.Label(key).Plain : Bibliography.AuthorYear(authors, year, key);

    /// <summary>
    /// A link's ground written in Markdown (a response's <c>how</c>), rendered as a note body is: citations author–date
    /// and linked to their references, wiki-links to their pages (relative ones from <paramref name="noteFile"/>), all
    /// text escaped. With no <see cref="LinkIndex"/> from the page, citations are formatted from its works and wiki-links
    /// left unresolved.
    /// </summary>
    public static IHtmlContent Prose(HttpContext context, string text, string? noteFile)
    {
        var links = (context.Items[typeof(LinkIndex)] as LinkIndex)?.ForNote(noteFile) ?? new Domain.Content.Notes.Markdown.NoteLinks
        {
            Bibliography = Works(context),
            CitationHref = key => Works(context).Get(key) is null ? null : PageLinks.Reference(key),
        };
        return new HtmlString(Domain.Content.Notes.Markdown.NoteMarkdown.ToInlineHtml(text, links));
    }

    /// <summary>The works of the page being rendered (<see cref="Pages.WebPage.Bibliography"/>), or none.</summary>
    public static Bibliography Works(HttpContext context) =>
        context.Items[typeof(Bibliography)] as Bibliography ?? Bibliography.Empty;

    /// <summary>A link to a reference's page named as readers cite it: "Storper (1993)".</summary>
    public static IHtmlContent CiteLink(HttpContext context, string? key, IReadOnlyList<string>? authors = null, string? year = null) =>
        key is null ? HtmlString.Empty : Link(context, GraphSchema.Reference, key, Cite(Works(context), key, authors ?? [], year));

    /// <summary>A reference entry as HTML (escaped, titles in italics).</summary>
    public static IHtmlContent Entry(StyledText entry) => new HtmlString(entry.ToHtml());

    /// <summary>A link to a reference's page whose text is its full entry in the default style.</summary>
    public static IHtmlContent ReferenceLink(Bibliography works, string? id, CitedWork fallback)
    {
        id ??= "";
        var work = works.Get(id) ?? fallback;
        var html = new HtmlContentBuilder();
        return html.AppendHtml("<a href=\"").Append(PageLinks.Reference(id)).AppendHtml("\">")
            .AppendHtml(works.Entry(work).ToHtml()).AppendHtml("</a>");
    }

    /// <summary>"concepts/learning-region.md:1", or null when the node has no provenance.</summary>
    public static string? Source(Rows.ISourced record) =>
        record.SourceFile is { Length: > 0 } file ? record.SourceLine is { } line ? $"{file}:{line}" : file : null;

    /// <summary>Readable text for a concept kind.</summary>
    public static string KindName(string? kind) => ConceptKinds.Name(kind);
}
