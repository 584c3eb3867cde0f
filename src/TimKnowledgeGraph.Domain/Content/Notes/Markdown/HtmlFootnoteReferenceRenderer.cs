using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Renders a reference to a footnote, <c>[^label]</c> or <c>^[text]</c>, as its number linked to the footnote, with the
/// id the footnote links back to. Ids are <c>note-fn:1</c> and <c>note-fnref:1</c>: prefixed as note headings are, and
/// with a colon, which no heading id holds, so neither a heading nor the page's own sections can take them.
/// </summary>
internal static class HtmlFootnoteReference
{
    /// <summary>The id of the footnote numbered <paramref name="number"/> in the note's list.</summary>
    public static string FootnoteId(int number) => $"note-fn:{number}";

    /// <summary>The id of the <paramref name="index"/>th footnote reference in the note's text.</summary>
    public static string ReferenceId(int index) => $"note-fnref:{index}";

    /// <summary>Writes the reference.</summary>
    public static void Write(HtmlRenderer renderer, int number, int index) =>
        renderer.Write($"<sup class=\"footnote-ref\"><a id=\"{ReferenceId(index)}\" href=\"#{FootnoteId(number)}\" aria-label=\"Footnote {number}\">{number}</a></sup>");

    /// <summary>Writes the link back to a reference, from the footnote's end.</summary>
    public static void WriteBack(HtmlRenderer renderer, int index, int count, int nth) =>
        renderer.Write($" <a class=\"footnote-back-ref\" href=\"#{ReferenceId(index)}\" aria-label=\"Back to the text{(count > 1 ? $" ({nth})" : "")}\">↩</a>");
}

/// <summary>Renders a <c>[^label]</c> reference (<see cref="HtmlFootnoteReference"/>); the links back Markdig adds are written by <see cref="HtmlFootnoteListRenderer"/>.</summary>
internal sealed class HtmlFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (!link.IsBackLink) HtmlFootnoteReference.Write(renderer, link.Footnote.Order, link.Index);
    }
}

/// <summary>Renders a <c>^[text]</c> reference where it is written (<see cref="HtmlFootnoteReference"/>); its text is in the list.</summary>
internal sealed class HtmlInlineFootnoteRenderer : HtmlObjectRenderer<InlineFootnote>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, InlineFootnote footnote)
    {
        if (renderer.EnableHtmlForInline) HtmlFootnoteReference.Write(renderer, footnote.Number, footnote.ReferenceIndex);
    }
}
