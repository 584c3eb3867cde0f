using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Obsidian's comments, <c>%%…%%</c>: inline within a paragraph, or a block from a line that starts with <c>%%</c> to
/// the next line holding <c>%%</c> (blank lines included). Obsidian shows them only in the editor; so here they are
/// neither rendered nor read for links and citations (both pipelines have the extension, so what a page shows and what
/// the graph holds agree). Within a paragraph a <c>%%</c> never closed is text; a block never closed runs to the end
/// of the note, as Obsidian hides it.
/// </summary>
internal sealed class CommentExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CommentBlockParser>()) pipeline.BlockParsers.Insert(0, new CommentBlockParser());
        if (!pipeline.InlineParsers.Contains<CommentInlineParser>()) pipeline.InlineParsers.Insert(0, new CommentInlineParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<CommentBlockRenderer>()) html.ObjectRenderers.Add(new CommentBlockRenderer());
        if (!html.ObjectRenderers.Contains<CommentInlineRenderer>()) html.ObjectRenderers.Add(new CommentInlineRenderer());
    }
}

/// <summary>A <c>%%</c> comment spanning lines.</summary>
internal sealed class CommentBlock(BlockParser parser) : LeafBlock(parser);

/// <summary>A <c>%%…%%</c> comment inside a paragraph.</summary>
internal sealed class CommentInline : LeafInline;

internal sealed class CommentBlockParser : BlockParser
{
    public CommentBlockParser() => OpeningCharacters = ['%'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        if (line.PeekChar(1) != '%') return BlockState.None;
        var rest = line.Text.AsSpan(line.Start + 2, Math.Max(0, line.End - line.Start - 1));
        var close = rest.IndexOf("%%", StringComparison.Ordinal);
        // "%% note %%" followed by more text is an inline comment in a paragraph, left to the inline parser.
        if (close >= 0 && !rest[(close + 2)..].IsWhiteSpace()) return BlockState.None;
        processor.NewBlocks.Push(new CommentBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new SourceSpan(line.Start, line.End) });
        return close >= 0 ? BlockState.BreakDiscard : BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var line = processor.Line;
        block.UpdateSpanEnd(line.End);
        return line.Text.AsSpan(line.Start, Math.Max(0, line.End - line.Start + 1)).Contains("%%", StringComparison.Ordinal)
            ? BlockState.BreakDiscard
            : BlockState.Continue;
    }
}

internal sealed class CommentInlineParser : InlineParser
{
    public CommentInlineParser() => OpeningCharacters = ['%'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar(1) != '%') return false;
        var start = slice.Start;
        var rest = slice.Text.AsSpan(start + 2, Math.Max(0, slice.End - start - 1));
        var close = rest.IndexOf("%%", StringComparison.Ordinal);
        if (close < 0) return false;
        var end = start + 2 + close + 1; // the last '%'
        processor.Inline = new CommentInline { Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)), Line = line, Column = column };
        slice.Start = end + 1;
        return true;
    }
}

internal sealed class CommentBlockRenderer : HtmlObjectRenderer<CommentBlock>
{
    protected override void Write(HtmlRenderer renderer, CommentBlock obj) { }
}

internal sealed class CommentInlineRenderer : HtmlObjectRenderer<CommentInline>
{
    protected override void Write(HtmlRenderer renderer, CommentInline obj) { }
}
