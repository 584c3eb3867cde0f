using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Renders a <see cref="CitationInline"/> as <c>&lt;span class="citation" data-cites="a b"&gt;(see a, p. 3; b)&lt;/span&gt;</c>,
/// each key a link when the resolver gives it an href. All text is HTML-escaped.
/// </summary>
public sealed class HtmlCitationRenderer(Func<string, string?>? resolveHref = null) : HtmlObjectRenderer<CitationInline>
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
        renderer.Write("(");
        for (var i = 0; i < citation.Items.Count; i++)
        {
            var item = citation.Items[i];
            if (i > 0) renderer.Write("; ");
            if (item.Prefix is not null) renderer.WriteEscape(item.Prefix).Write(" ");
            var href = html ? ResolveHref?.Invoke(item.Key) : null;
            if (href is null) renderer.WriteEscape(item.Key);
            else renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\">").WriteEscape(item.Key).Write("</a>");
            if (item.Locator is not null) renderer.Write(", ").WriteEscape(item.Locator);
        }
        renderer.Write(")");
        if (html) renderer.Write("</span>");
    }
}
