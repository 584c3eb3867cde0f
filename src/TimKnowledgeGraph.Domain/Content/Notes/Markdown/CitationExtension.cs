using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>Adds Pandoc citations, bracketed and narrative (<see cref="CitationInline"/>), to a pipeline, and their HTML renderer.</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser (both trigger on '['); after the wiki-link parser if present, which claims '[['.
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        // No other parser claims '@' (e-mail autolinks need '<'), so its place in the list does not matter.
        if (!pipeline.InlineParsers.Contains<NarrativeCitationInlineParser>())
            pipeline.InlineParsers.Add(new NarrativeCitationInlineParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
            html.ObjectRenderers.Add(new HtmlCitationRenderer());
    }
}
