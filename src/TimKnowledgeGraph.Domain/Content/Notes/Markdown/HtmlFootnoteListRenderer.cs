using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Renders a note's footnotes at its end, numbered as <see cref="FootnoteNumbering"/> numbered them:
/// <c>&lt;section class="footnotes" aria-label="Footnotes"&gt;&lt;ol&gt;&lt;li id="note-fn:1"&gt;…</c>, each ending in links
/// back to where it is referred to.
/// </summary>
internal sealed class HtmlFootnoteListRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        var footnotes = FootnoteNumbering.Of(group);
        if (footnotes.Count == 0) return;
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" aria-label=\"Footnotes\">");
        renderer.WriteLine("<ol>");
        for (var i = 0; i < footnotes.Count; i++)
        {
            var (footnote, references) = footnotes[i];
            renderer.Write("<li id=\"").Write(HtmlFootnoteReference.FootnoteId(i + 1)).Write("\">");
            if (footnote is InlineFootnote inline)
            {
                // Its block id, if its text ends in one (NoteMarkdown.Anchors), names this paragraph.
                renderer.Write("<p").WriteAttributes(inline).Write(">").WriteChildren(inline);
                WriteBacks(renderer, references);
                renderer.WriteLine("</p>");
            }
            else
            {
                var block = (Footnote)footnote;
                var last = block.LastChild as ParagraphBlock;
                renderer.WriteLine();
                foreach (var child in block)
                {
                    if (child != last) { renderer.Write(child); continue; }
                    // Its block id, if it ends in one (NoteMarkdown.Anchors), names it.
                    renderer.Write("<p").WriteAttributes(last).Write(">");
                    if (last.Inline is { } inlines) foreach (var x in inlines) renderer.Write(x);
                    WriteBacks(renderer, references);
                    renderer.WriteLine("</p>");
                }
                if (last is null) WriteBacks(renderer, references);
            }
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }

    private static void WriteBacks(HtmlRenderer renderer, List<int> references)
    {
        for (var i = 0; i < references.Count; i++) HtmlFootnoteReference.WriteBack(renderer, references[i], references.Count, i + 1);
    }
}
