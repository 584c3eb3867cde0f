using System.Text.RegularExpressions;
using CsCheck;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;

namespace TimKnowledgeGraph.Tests.Fuzz;

/// <summary>
/// The link-scan estimate (<see cref="MarkdownLinkCost"/>) measures paragraphs with a twin of each notes pipeline, so
/// that it can never count a paragraph shorter than Markdig parses it. Property: for notes made of lines that mix
/// indentation, block quote and list markers, block starts, openers, every line ending and lines that only look blank,
/// every block whose inlines the real pipeline parses is one the estimate measured, holding every opener of the block.
/// </summary>
public sealed partial class MarkdownLinkCostPropertyTests
{
    private static readonly Gen<string> Line = Gen.Select(
        Gen.OneOf("", " ", "  ", "   ", "    ", "\t", "      "),
        Gen.OneOf("", "> ", ">", "- ", "* ", "+ ", "1. ", "2. ", "1) ", "-", "*", "> - ", "- > "),
        Gen.OneOf("", "", "", "# ", "```", "~~~", "<!-- ", "-->", "<div>", "<?", "?>", "<!X", "===", "---", "***", "| a |", "|-|", "[^1]: ", "<a href='x'>"),
        Gen.OneOf("[a](", "](", "<!", "<?a ", "text ", "[b] ", "| ", "`", "*", "[[w]] ", "[@k] ", ")").Array[0, 4],
        Gen.OneOf("\n", "\n", "\r\n", "\r"),
        (indent, container, start, content, end) => indent + container + start + string.Concat(content) + end);

    // Blank to CommonMark (spaces and tabs only) or only to char.IsWhiteSpace.
    private static readonly Gen<string> Blank = Gen.OneOf("\n", " \n", "\t\n", "\r", "\r\n", "\u00a0\n", "\u3000\n", "\v\n", "\f\n");

    private static readonly Gen<string> Note = Gen.Select(
        Gen.Bool,
        Gen.Frequency((5, Line), (1, Blank)).Array[1, 40],
        (frontMatter, lines) => (frontMatter ? "---\nkind: concept\n---\n" : "") + string.Concat(lines));

    [Fact]
    public void ShouldMeasureEveryBlockTheParsePipelineParsesInlinesIn() =>
        Note.Sample(note => AssertMeasured(note, NoteMarkdown.ParsePipeline, NoteMarkdown.ParseLinkCost), iter: 3_000);

    [Fact]
    public void ShouldMeasureEveryBlockTheRenderPipelineParsesInlinesIn() =>
        Note.Sample(note => AssertMeasured(note, NoteMarkdown.RenderPipeline, NoteMarkdown.RenderLinkCost), iter: 3_000);

    private static void AssertMeasured(string note, MarkdownPipeline pipeline, MarkdownLinkCost cost)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(note, pipeline);
        }
        catch (ArgumentException)
        {
            return; // nested deeper than Markdig allows: nothing is parsed
        }
        var measured = cost.Paragraphs(note);
        // A link reference definition that starts a paragraph stays in the paragraph's span, but not in the text its
        // inline parsers run over.
        var definitions = document.Descendants<LinkReferenceDefinition>().Select(d => d.Span).ToList();
        int Openers(SourceSpan span) => OpenerPattern().Count(note[span.Start..(span.End + 1)]);
        foreach (var block in document.Descendants<Block>())
        {
            var where = $"{block.GetType().Name} at {block.Span.Start}..{block.Span.End} of {System.Text.Json.JsonSerializer.Serialize(note)}";
            if (block is Table)
            {
                // Read from the paragraph it starts in, after parsing that paragraph's inlines: it replaced it or ended it.
                var from = measured.LastOrDefault(p => p.Offset <= block.Span.Start);
                Assert.True(from.Openers >= Openers(block.Span), $"{where}: read from a paragraph measured with {from.Openers} openers");
            }
            // (A block with an empty span was made by an extension, not read from the text.)
            else if (block is LeafBlock { ProcessInlines: true } && !block.Span.IsEmpty && !InTable(block))
            {
                var openers = Openers(block.Span) - definitions.Where(d => d.Start >= block.Span.Start && d.End <= block.Span.End).Sum(Openers);
                // Markdig offers no text to parse in a block of only Unicode spaces: nothing to measure, nothing to scan.
                var measuredOpeners = measured.SingleOrDefault(p => p.Offset == block.Span.Start).Openers;
                Assert.True(openers == measuredOpeners, $"{where}: {measuredOpeners} openers measured, {openers} in its text");
            }
        }
    }

    private static bool InTable(Block block) => block.Parent is { } parent && (parent is Table || InTable(parent));

    [GeneratedRegex(@"\]\(|<[!?]")]
    private static partial Regex OpenerPattern();
}
