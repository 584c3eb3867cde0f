using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Renders a <see cref="WikiLinkInline"/> as <c>&lt;a class="wikilink" href="…"&gt;</c> when the resolver knows the
/// target, else as <c>&lt;span class="wikilink unresolved"&gt;</c>. All text is HTML-escaped.
/// </summary>
public sealed class HtmlWikiLinkRenderer(Func<string, string?>? resolveHref = null) : HtmlObjectRenderer<WikiLinkInline>
{
    /// <summary>Maps a wiki-link target to an href, or null when it has none.</summary>
    public Func<string, string?>? ResolveHref { get; } = resolveHref;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var href = ResolveHref?.Invoke(link.Target);
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(link.DisplayText);
            return;
        }
        if (href is null)
        {
            renderer.Write("<span class=\"wikilink unresolved\" data-target=\"").WriteEscape(link.Target).Write("\">");
            renderer.WriteEscape(link.DisplayText).Write("</span>");
            return;
        }
        var fragment = link.Heading is null ? "" : "#" + Uri.EscapeDataString(link.Heading);
        renderer.Write("<a class=\"wikilink\" href=\"").WriteEscapeUrl(href + fragment).Write("\">");
        renderer.WriteEscape(link.DisplayText).Write("</a>");
    }
}
