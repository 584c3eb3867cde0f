using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>
/// The link-scan budget (<see cref="ContentLimits.MaxMarkdownLinkScan"/>) counts a paragraph as Markdig reads it. A line
/// lexer split paragraphs where CommonMark does not: a note whose first line was followed by 1,900 lines of four
/// spaces, <c>- </c> and 80 <c>&lt;?a </c> was accepted and took 70 s to validate.
/// </summary>
public sealed class MarkdownLinkCostTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Theory]
    [InlineData("<?a ")]
    [InlineData("<!X ")]
    public void ShouldRefuseLinesIndentedLikeListItemsThatContinueTheParagraphAbove(string opener)
    {
        // 250 lines took 2.5 s to validate, each counted as a paragraph of its own; Markdig reads one paragraph.
        var body = "Start of paragraph\n" + Repeat("    - " + Repeat(opener, 80) + "\n", 250);
        using var content = HostileContent.With("concepts/c.md", "---\nkind: concept\nname: M\n---\n" + body);

        var d = HostileContent.Single(content);

        Assert.Equal((DiagnosticCodes.TooLarge, new SourceLocation("concepts/c.md", 5, 1)), (d.Code, d.Location));
        Assert.Contains("has 20000 openers", d.Message);
    }

    [Theory]
    [InlineData("", 5, 1)]
    [InlineData("Intro.\n\n> ", 7, 3)]   // the paragraph starts after the block quote's marker
    public void ShouldReportTheParagraphAtItsFirstCharacterAfterTheFrontMatter(string before, int line, int column)
    {
        // It was reported at 1:1, in the front matter, whose lines were counted as the paragraph's first ones.
        using var content = HostileContent.With("concepts/k.md", "---\nkind: concept\nname: K\n---\n" + before + Repeat("[a](", 30_000) + "\n");

        var d = HostileContent.Single(content);

        Assert.Equal(
            $"concepts/k.md:{line}:{column}: error TKG090: the paragraph starting here has 30000 openers of links or inline HTML ('](', '<!', '<?') in 120000 characters, and its ']' meet 30000 open '[' in all: " +
            "parsing the note would scan more than 50000000 characters, expected fewer per paragraph, shorter paragraphs or brackets nested less deeply",
            d.ToString());
    }

    [Fact]
    public void ShouldNotCountTheFrontMatter()
    {
        // Markdig reads front matter as YAML, never as Markdown: its "](" are no openers. Counted with the body's first
        // paragraph, 15,000 of them in a summary and 700 links below made 15,700 openers in 64,943 characters.
        var note = $"---\nkind: concept\nname: K\nsummary: \"{Repeat("[a](", 15_000)}\"\n---\n{Repeat("[a](b) ", 700)}\n";
        using var content = HostileContent.With("concepts/k.md", note);

        Assert.Empty(HostileContent.Load(content));
    }

    [Theory]
    [InlineData("Text\n", "2. [a](\n")]           // an item numbered other than 1 cannot interrupt a paragraph
    [InlineData("Text\n", "    - [a](\n")]        // nor one indented four spaces or more
    [InlineData("Text\n", "\t- [a](\n")]          // (a tab is four)
    [InlineData("Text\n", "    1. [a](\n")]
    [InlineData("Text\n", "*\n[a](\n")]           // nor an empty bullet item
    [InlineData("Text\n", "\u00a0\n[a](\n")]      // a blank line holds only spaces and tabs, not a no-break space
    [InlineData("Text\n", "\u3000\n[a](\n")]
    [InlineData("> Text\n", "[a](\n")]            // lazy continuation lines of a paragraph in a block quote
    [InlineData("- Text\n", "[a](\n")]            // and in a list item
    [InlineData("> - Text\n", ">[a](\n")]
    [InlineData("Text\r", "    - [a](\r")]        // a lone carriage return ends a line
    [InlineData("Text\r\n", "    - [a](\r\n")]
    [InlineData("Text\n", "[a](\n")]
    public void ShouldCountOneParagraphWhereMarkdigReadsOne(string first, string line)
    {
        var text = first + Repeat(line, 5_000);

        var over = NoteMarkdown.ParseLinkCost.FirstOverBudget(text);

        Assert.Equal(first.IndexOf("Text", StringComparison.Ordinal), over?.Offset);
        Assert.Equal(5_000, over?.Openers);
        Assert.Equal(over, NoteMarkdown.RenderLinkCost.FirstOverBudget(text));
    }

    [Fact]
    public void ShouldReadAnHtmlBlockAsBothPipelinesDo()
    {
        // An HTML block holds the lines up to the next blank one, and no inlines are parsed in them: by both pipelines
        // alike since the render pipeline reads HTML too (and shows it as text), so the page shows what the graph holds.
        var text = "<div>\n" + Repeat("[a](\n", 5_000);

        Assert.Null(NoteMarkdown.ParseLinkCost.FirstOverBudget(text));
        Assert.Null(NoteMarkdown.RenderLinkCost.FirstOverBudget(text));
        Assert.StartsWith("<p class=\"raw-html\">&lt;div&gt;\n[a](", NoteMarkdown.ToHtml(text), StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldMeasureWhatTheInlineParsersRunOver()
    {
        // Without the block quote's and the list item's prefixes, lines joined: "Text [a](\nmore <?x\nlast" is 23.
        var paragraph = Assert.Single(NoteMarkdown.ParseLinkCost.Paragraphs("> - Text [a](\n>   more <?x\n>   last\n"));

        Assert.Equal(new ParagraphCost(4, 2, 23, 1), paragraph);
    }

    [Fact]
    public void ShouldKeepANoteWithNestedListsOfLinksUnderBudget()
    {
        // 1,600 linked items in 3 levels of lists, 170 KB: each item is a paragraph of its own. Read as one paragraph
        // they would be 1,600 openers times 170,000 characters, over the budget five times.
        var items = Enumerable.Range(1, 400).Select(i =>
            $"- [Smith (2001) Regional innovation paper {i:000}](https://doi.org/10.1234/abc.{i:000}), see [[learning-region]]\n" +
            $"  - [Jones (2002) A reply {i:000}](https://doi.org/10.1234/def.{i:000}) and [@storper1993, p. {i}]\n" +
            $"    1. [Brown (2003) A reply to the reply](https://doi.org/10.1234/ghi.{i:000})\n" +
            $"    2. [Green (2004) Another](https://example.org/{i:000}) <!-- checked -->\n");
        var note = "---\nkind: concept\nname: Reading\n---\n# Reading list\n\nWhat to read first:\n\n" + string.Concat(items);
        var sink = new DiagnosticBag();

        var document = NoteMarkdown.TryParse(note, "concepts/reading.md", sink);

        Assert.Empty(sink.Items);
        Assert.Equal(1_600, document?.Descendants<LinkInline>().Count());
        Assert.Null(NoteMarkdown.RenderLinkCost.FirstOverBudget(note));
    }

    [Fact]
    public void ShouldRefuseBracketsNestedDeeplyWhereTheyStart()
    {
        // No "](" in it, so the openers never counted it: 49 paragraphs of "[" × 10,000 then "]" × 10,000 in a 1 MiB note
        // took 40 s to validate. Each "]" meets the "[" still open before it: 10,000 + 9,999 + ... = 50,005,000.
        using var content = HostileContent.With("concepts/k.md", "---\nkind: concept\nname: K\n---\nIntro.\n\n" + Repeat("[", 10_000) + Repeat("]", 10_000) + "\n");

        var d = HostileContent.Single(content);

        Assert.Equal((DiagnosticCodes.TooLarge, new SourceLocation("concepts/k.md", 7, 1)), (d.Code, d.Location));
        Assert.Contains("its ']' meet 50005000 open '[' in all", d.Message);
    }

    [Fact]
    public void ShouldKeepBracketsThatCloseAtOnceUnderBudget()
    {
        // "[a]" × 10,000 in ten paragraphs parses in 0.6 s. Per "[a] [[b]] ": 1, then 2 and 1 for the wiki-link's two "]".
        var note = "---\nkind: concept\nname: K\n---\n" + string.Concat(Enumerable.Repeat(Repeat("[a] [[b]] ", 10_000) + "\n\n", 10));

        Assert.Null(NoteMarkdown.ParseLinkCost.FirstOverBudget(note));
        Assert.Equal(40_000, NoteMarkdown.ParseLinkCost.Paragraphs(note)[0].OpenAtClose);
    }
}
