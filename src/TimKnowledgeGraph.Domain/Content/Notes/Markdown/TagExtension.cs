using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>Adds Obsidian tags (<see cref="TagInline"/>) to a pipeline, rendered as <c>&lt;span class="tag"&gt;#tag&lt;/span&gt;</c>.</summary>
internal sealed class TagExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TagInlineParser>()) pipeline.InlineParsers.Add(new TagInlineParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TagRenderer>()) html.ObjectRenderers.Add(new TagRenderer());
    }

    private sealed class TagRenderer : HtmlObjectRenderer<TagInline>
    {
        protected override void Write(HtmlRenderer renderer, TagInline tag)
        {
            if (renderer.EnableHtmlForInline) renderer.Write("<span class=\"tag\">#").WriteEscape(tag.Tag).Write("</span>");
            else renderer.Write("#").WriteEscape(tag.Tag);
        }
    }
}
