using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>Adds Obsidian callouts (<see cref="CalloutBlock"/>) to a pipeline, and their HTML renderer.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First: '[!' at a quote's start is a callout before any other '[' parser (wiki-links, citations, links) sees it.
        if (!pipeline.InlineParsers.Contains<CalloutInlineParser>()) pipeline.InlineParsers.Insert(0, new CalloutInlineParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Before the quote renderer, which would otherwise take a callout for the block quote it also is.
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCalloutRenderer>())
            html.ObjectRenderers.InsertBefore<QuoteBlockRenderer>(new HtmlCalloutRenderer());
    }
}
