using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>Adds Obsidian's block ids (<see cref="BlockIdInline"/>) to a pipeline; they render as nothing, their paragraph carries the id.</summary>
internal sealed class BlockIdExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First: '^' also opens superscript (EmphasisExtras).
        if (!pipeline.InlineParsers.Contains<BlockIdInlineParser>()) pipeline.InlineParsers.Insert(0, new BlockIdInlineParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<BlockIdRenderer>()) html.ObjectRenderers.Add(new BlockIdRenderer());
    }

    private sealed class BlockIdRenderer : HtmlObjectRenderer<BlockIdInline>
    {
        protected override void Write(HtmlRenderer renderer, BlockIdInline obj) { }
    }
}
