using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Bounds the quadratic paths found in Markdig: for every <c>](</c> (an inline link's destination or title) it scans
/// ahead for the closing <c>)</c>, and for every <c>&lt;!</c> or <c>&lt;?</c> (inline CDATA, comments, declarations,
/// processing instructions) for its end, up to the end of the paragraph. A paragraph of a million characters made of
/// <c>[a](</c> took minutes, 600 KB of <c>&lt;![CDATA[</c> (found by fuzzing) over 30 s. The work is at most
/// (openers × length) per paragraph, the length being that of the text Markdig's inline parsers run over; this adds it
/// up per note before the note is parsed.
/// <para>
/// Which lines make one paragraph is Markdig's own decision, so the estimate asks Markdig: it parses the blocks with a
/// twin of the note's pipeline (the same block parsers) whose only inline parser measures each paragraph's text and
/// takes it whole, which is linear in the text. A line lexer guessed the paragraphs before and guessed too short: a
/// line indented four spaces that starts with <c>- </c> is no list item but more of the paragraph above (a list item
/// interrupts a paragraph only when indented at most three spaces within its container), and 1,900 such lines of
/// <c>&lt;?a </c> took 70 s while each was counted as a paragraph of its own. Block quotes, lazy continuation lines,
/// setext headings, HTML blocks, fences, tables and blank lines (spaces and tabs only, not any Unicode space) are all
/// as the real parse has them.
/// </para>
/// </summary>
internal sealed class MarkdownLinkCost
{
    private readonly MarkdownPipeline _measure;

    /// <summary>Measures the paragraphs of the pipeline <paramref name="setup"/> builds (a builder of its own: it is changed).</summary>
    public MarkdownLinkCost(MarkdownPipelineBuilder setup) => _measure = setup.Use<MeasureParagraphs>().Build();

    /// <summary>Every block whose inlines Markdig would parse (paragraphs, headings), in document order.</summary>
    /// <exception cref="ArgumentException">Markdown nested deeper than Markdig allows, as <see cref="Markdig.Markdown.Parse(string, MarkdownPipeline?, MarkdownParserContext?)"/> throws it.</exception>
    public IReadOnlyList<ParagraphCost> Paragraphs(string text) =>
        Markdig.Markdown.Parse(text, _measure).GetData(typeof(MeasureParagraphs)) as List<ParagraphCost> ?? [];

    /// <summary>The paragraph with which the scan adds up to more than <see cref="ContentLimits.MaxMarkdownLinkScan"/>; null when it stays within.</summary>
    /// <exception cref="ArgumentException">Markdown nested deeper than Markdig allows.</exception>
    public ParagraphCost? FirstOverBudget(string text)
    {
        long total = 0;
        foreach (var paragraph in Paragraphs(text))
        {
            total += paragraph.Scan;
            if (total > ContentLimits.MaxMarkdownLinkScan) return paragraph;
        }
        return null;
    }

    // For every ']', the '[' still open before it, summed: nested brackets cost Markdig time quadratic in their depth
    // ("[" × 10,000 then "]" × 10,000, ten such paragraphs: 7 s; 49 of them in a 1 MiB note: 40 s), brackets that close
    // at once do not ("[a]" × 10,000, ten paragraphs: 0.6 s). Escaped and code-span brackets count too (an over-estimate).
    private static long OpenAtClose(ReadOnlySpan<char> text)
    {
        long open = 0, sum = 0;
        for (var at = text.IndexOfAny('[', ']'); at >= 0; at = text.IndexOfAny('[', ']'))
        {
            if (text[at] == '[') open++;
            else if (open > 0) sum += open--;
            text = text[(at + 1)..];
        }
        return sum;
    }

    // Openers of constructs Markdig scans ahead from: "](", "<!" and "<?".
    private static int Openers(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = text.IndexOfAny(']', '<'); at >= 0 && at + 1 < text.Length; at = text.IndexOfAny(']', '<'))
        {
            var next = text[at + 1];
            if ((text[at] == ']' && next == '(') || (text[at] == '<' && next is '!' or '?')) count++;
            text = text[(at + 1)..];
        }
        return count;
    }

    // Added last, so every inline parser the note's extensions added is gone again: the one left is the meter.
    private sealed class MeasureParagraphs : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            pipeline.InlineParsers.Clear();
            pipeline.InlineParsers.Add(new ParagraphMeter());
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
    }

    // A global parser (no opening characters), and the only one: Markdig offers it the block's whole inline text at its
    // first character, and it takes all of it as one literal, recording the text's openers and length on the document.
    private sealed class ParagraphMeter : InlineParser
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (processor.Document.GetData(typeof(MeasureParagraphs)) is not List<ParagraphCost> paragraphs)
                processor.Document.SetData(typeof(MeasureParagraphs), paragraphs = []);
            var text = slice.AsSpan();
            paragraphs.Add(new ParagraphCost(processor.Block!.Span.Start, Openers(text), text.Length, OpenAtClose(text)));
            processor.Inline = new LiteralInline(slice);
            slice.Start = slice.End + 1;
            return true;
        }
    }
}

/// <summary>A block whose inlines Markdig parses, as <see cref="MarkdownLinkCost"/> measures it.</summary>
/// <param name="Offset">Where the block starts in the text (its first character after any container's prefix).</param>
/// <param name="Openers">Its <c>](</c>, <c>&lt;!</c> and <c>&lt;?</c>.</param>
/// <param name="Length">The length of the text its inline parsers run over (lines without container prefixes, joined).</param>
/// <param name="OpenAtClose">For each of its <c>]</c>, the <c>[</c> still open before it, summed.</param>
internal readonly record struct ParagraphCost(int Offset, int Openers, int Length, long OpenAtClose)
{
    /// <summary>The most characters Markdig may scan in it: every opener up to the end, and back over the open brackets at every close.</summary>
    public long Scan => (long)Openers * Length + OpenAtClose;
}
