using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Renders a <see cref="WikiLinkInline"/> as <c>&lt;a class="wikilink" href="…"&gt;</c> when the resolver knows the
/// target, else as <c>&lt;span class="wikilink unresolved"&gt;</c>. The text is the link's label, else the target's name
/// when <paramref name="resolveName"/> knows it ("Learning Region" for <c>[[learning-region]]</c>), else the target as
/// written. All text is HTML-escaped. A target written relative to the note (<c>[[../concepts/alpha]]</c>) is looked
/// up as the path from the content folder it stands for in <paramref name="noteFile"/>, as loading resolves it.
/// </summary>
internal sealed class HtmlWikiLinkRenderer(Func<string, string?>? resolveHref = null, Func<string, string?>? resolveName = null, string? noteFile = null)
    : HtmlObjectRenderer<WikiLinkInline>
{
    /// <summary>Maps a wiki-link target to an href, or null when it has none.</summary>
    public Func<string, string?>? ResolveHref { get; } = resolveHref;

    /// <summary>What a reader sees for the link: its label, else the target's name (with the heading), else the target.</summary>
    private string Display(WikiLinkInline link)
    {
        if (link.Label is not null || link.IsSameNote || Resolve(resolveName, link.Target) is not { Length: > 0 } name) return link.DisplayText;
        return link.Heading is null ? name : $"{name} > {WikiLinkInline.ShownHeading(link.Heading)}";
    }

    private string? Resolve(Func<string, string?>? resolver, string target) =>
        resolver?.Invoke(noteFile is null ? target : WikiLinkPath.FromNote(noteFile, target));

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        if (link.IsAttachment)
        {
            // Not served (the knowledge base holds notes, not their attachments): named, not a broken link.
            renderer.Write("<span class=\"wikilink attachment\">").WriteEscape(link.Target).Write(" (attachment, not shown)</span>");
            return;
        }
        // Inside the note: the page's own anchor, whether or not the note has it (validation warns when not).
        var href = link.IsSameNote ? "" : Resolve(ResolveHref, link.Target);
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(Display(link));
            return;
        }
        if (href is null)
        {
            renderer.Write("<span class=\"wikilink unresolved\" data-target=\"").WriteEscape(link.Target).Write("\">");
            renderer.WriteEscape(Display(link)).Write("</span>");
            return;
        }
        var fragment = link.Heading is null ? "" : "#" + BlockIdInline.AnchorId(link.Heading);
        renderer.Write(link.Embed ? "<a class=\"wikilink embed\" href=\"" : "<a class=\"wikilink\" href=\"").WriteEscapeUrl(href + fragment).Write("\">");
        renderer.WriteEscape(Display(link)).Write("</a>");
    }
}
