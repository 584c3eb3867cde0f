using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>Adds Obsidian wiki-links (<see cref="WikiLinkInline"/>) to a pipeline, and their HTML renderer.</summary>
internal sealed class WikiLinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser, which also triggers on '[' and would otherwise read [[x]] as text around a link.
        if (!pipeline.InlineParsers.Contains<WikiLinkInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkInlineParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Without a resolver, links render as plain labelled spans; NoteMarkdown.ToHtml swaps in one that has it.
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlWikiLinkRenderer>())
            html.ObjectRenderers.Add(new HtmlWikiLinkRenderer());
    }
}
