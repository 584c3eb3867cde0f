using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Raw HTML in a note is shown as the text it is, never run; an HTML comment (<c>&lt;!-- … --&gt;</c>) is not shown, as
/// a browser would not show it. The render pipeline parses HTML as the parse pipeline does, so a wiki-link or citation
/// inside HTML is text on the page and no link in the graph, both ways alike (it used to be a live link the graph lacked).
/// </summary>
internal sealed class HtmlBlockAsTextRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (obj.Type == HtmlBlockType.Comment) return;
        renderer.EnsureLine();
        renderer.Write("<p class=\"raw-html\">");
        renderer.WriteLeafRawLines(obj, true, true, softEscape: false);
        renderer.WriteLine("</p>");
    }
}

/// <inheritdoc cref="HtmlBlockAsTextRenderer"/>
internal sealed class HtmlInlineAsTextRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (obj.Tag.StartsWith("<!--", StringComparison.Ordinal)) return;
        renderer.WriteEscape(obj.Tag);
    }
}
