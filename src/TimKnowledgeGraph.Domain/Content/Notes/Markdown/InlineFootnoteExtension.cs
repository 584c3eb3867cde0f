using Markdig;
using Markdig.Renderers;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Adds Obsidian's inline footnotes (<see cref="InlineFootnote"/>) to a pipeline that reads Markdig's footnotes, numbers
/// both kinds together (<see cref="FootnoteNumbering"/>) and renders them with ids of the note's own
/// (<see cref="HtmlFootnoteReference"/>) in place of Markdig's renderers.
/// </summary>
internal sealed class InlineFootnoteExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First: '^' also opens superscript (EmphasisExtras), which would otherwise take "^[".
        if (!pipeline.InlineParsers.Contains<InlineFootnoteParser>()) pipeline.InlineParsers.Insert(0, new InlineFootnoteParser());
        pipeline.DocumentProcessed -= FootnoteNumbering.Number;
        pipeline.DocumentProcessed += FootnoteNumbering.Number;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Replace<Markdig.Extensions.Footnotes.HtmlFootnoteLinkRenderer>(new HtmlFootnoteLinkRenderer()))
            html.ObjectRenderers.Add(new HtmlFootnoteLinkRenderer());
        if (!html.ObjectRenderers.Replace<Markdig.Extensions.Footnotes.HtmlFootnoteGroupRenderer>(new HtmlFootnoteListRenderer()))
            html.ObjectRenderers.Add(new HtmlFootnoteListRenderer());
        if (!html.ObjectRenderers.Contains<HtmlInlineFootnoteRenderer>()) html.ObjectRenderers.Add(new HtmlInlineFootnoteRenderer());
    }
}
