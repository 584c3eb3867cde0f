using Markdig.Renderers;
using Markdig.Renderers.Html;
using TimKnowledgeGraph.Domain.Citations;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Renders a <see cref="CitationInline"/> inside <c>&lt;span class="citation" data-cites="a b"&gt;</c>. With a
/// <see cref="Bibliography"/>, as author–date text: "(Asheim, 1996; Morgan, 1997)", or "Storper (1993)" when narrative,
/// each work a link when the resolver gives its key an href. Without one, the keys themselves: "(see a, p. 3; b)".
/// All text is HTML-escaped.
/// </summary>
internal sealed class HtmlCitationRenderer(
    Func<string, string?>? resolveHref = null,
    Bibliography? bibliography = null,
    CitationStyle style = CitationStyles.Default) : HtmlObjectRenderer<CitationInline>
{
    /// <summary>Maps a citation key to an href, or null when it has none.</summary>
    public Func<string, string?>? ResolveHref { get; } = resolveHref;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var html = renderer.EnableHtmlForInline;
        if (html)
        {
            renderer.Write("<span class=\"citation\" data-cites=\"")
                .WriteEscape(string.Join(' ', citation.Items.Select(i => i.Key))).Write("\">");
        }
        if (bibliography is not null) WriteAuthorDate(renderer, citation, html, bibliography);
        else WriteKeys(renderer, citation, html);
        if (html) renderer.Write("</span>");
    }

    private void WriteAuthorDate(HtmlRenderer renderer, CitationInline citation, bool html, Bibliography works)
    {
        var items = citation.Items.Select(i => new CiteItem(i.Key, i.Locator, i.Prefix, i.SuppressAuthor)).ToList();
        var text = citation.Narrative ? works.Narrative(items[0], style) : works.Parenthetical(items, style);
        // StyledText escapes every run itself.
        if (html) renderer.Write(text.ToHtml(ResolveHref));
        else renderer.WriteEscape(text.Plain);
    }

    private void WriteKeys(HtmlRenderer renderer, CitationInline citation, bool html)
    {
        if (!citation.Narrative) renderer.Write("(");
        for (var i = 0; i < citation.Items.Count; i++)
        {
            var item = citation.Items[i];
            if (i > 0) renderer.Write("; ");
            if (item.Prefix is not null) renderer.WriteEscape(item.Prefix).Write(" ");
            var href = html ? ResolveHref?.Invoke(item.Key) : null;
            if (href is null) renderer.WriteEscape(item.Key);
            else renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\">").WriteEscape(item.Key).Write("</a>");
            if (item.Locator is not null) renderer.Write(citation.Narrative ? " [" : ", ").WriteEscape(item.Locator).Write(citation.Narrative ? "]" : "");
        }
        if (!citation.Narrative) renderer.Write(")");
    }
}
