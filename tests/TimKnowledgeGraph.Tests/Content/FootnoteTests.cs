using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>Footnotes, <c>[^1]</c> with <c>[^1]: text</c> and Obsidian's inline <c>^[text]</c>: numbered together, linked both ways, listed at the note's end.</summary>
public sealed class FootnoteTests
{
    private static readonly NoteLinks Links = new() { WikiLinkHref = t => "/concepts/" + t };

    [Fact]
    public void ShouldNumberBothKindsInTheOrderReadAndLinkThemBothWays()
    {
        var html = NoteMarkdown.ToHtml("First^[An inline one.] then[^b] and again[^b].\n\n[^b]: A defined one.\n[^unused]: Never referred to.", Links);

        Assert.Equal(
            "<p>First<sup class=\"footnote-ref\"><a id=\"note-fnref:1\" href=\"#note-fn:1\" aria-label=\"Footnote 1\">1</a></sup> " +
            "then<sup class=\"footnote-ref\"><a id=\"note-fnref:2\" href=\"#note-fn:2\" aria-label=\"Footnote 2\">2</a></sup> " +
            "and again<sup class=\"footnote-ref\"><a id=\"note-fnref:3\" href=\"#note-fn:2\" aria-label=\"Footnote 2\">2</a></sup>.</p>\n" +
            "<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n" +
            "<li id=\"note-fn:1\"><p>An inline one. <a class=\"footnote-back-ref\" href=\"#note-fnref:1\" aria-label=\"Back to the text\">↩</a></p>\n</li>\n" +
            "<li id=\"note-fn:2\">\n<p>A defined one. <a class=\"footnote-back-ref\" href=\"#note-fnref:2\" aria-label=\"Back to the text (1)\">↩</a> " +
            "<a class=\"footnote-back-ref\" href=\"#note-fnref:3\" aria-label=\"Back to the text (2)\">↩</a></p>\n</li>\n" +
            "</ol>\n</section>\n",
            html);
    }

    [Fact]
    public void ShouldReadLinksAndCitationsInFootnotesAtTheirPlaces()
    {
        const string text = "---\nkind: tim\nname: X\n---\nText^[see [[alpha]]\nand [@storper1993, p. 2]] more[^1].\n\n[^1]: Also [[beta]].\n";
        var note = NoteReader.Read(text, "concepts/x.md", NoteKind.Concept, new DiagnosticBag())!;

        Assert.Equal([("alpha", 5, 11), ("beta", 8, 12)], note.WikiLinks.Select(l => (l.Target, l.At.Line, l.At.Column)));
        var citation = Assert.Single(note.Citations);
        Assert.Equal(("storper1993", "p. 2", 6, 6), (citation.Key, citation.Locator, citation.At.Line, citation.At.Column));
        var html = NoteMarkdown.ToHtml(text, Links);
        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/alpha\">alpha</a>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/beta\">beta</a>", html);
    }

    [Theory]
    [InlineData("x^[]", "<p>x^[]</p>\n")]
    [InlineData("x^[never closed", "<p>x^[never closed</p>\n")]
    [InlineData("x\\^[escaped]", "<p>x^[escaped]</p>\n")]
    [InlineData("2^10^ and ^[a [nested] one]", "<p>2<sup>10</sup> and <sup class=\"footnote-ref\"><a id=\"note-fnref:1\" href=\"#note-fn:1\" aria-label=\"Footnote 1\">1</a></sup></p>\n<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n<li id=\"note-fn:1\"><p>a [nested] one <a class=\"footnote-back-ref\" href=\"#note-fnref:1\" aria-label=\"Back to the text\">↩</a></p>\n</li>\n</ol>\n</section>\n")]
    public void ShouldLeaveWhatIsNoInlineFootnoteAsText(string markdown, string expected)
    {
        Assert.Equal(expected, NoteMarkdown.ToHtml(markdown));
    }

    [Theory]
    [InlineData("x^[see `a]b` here] after", "see <code>a]b</code> here", " after</p>")]
    [InlineData("x^[see ``a`]`` here]", "see <code>a`]</code> here", "</sup></p>")]
    [InlineData("x^[open `tick] rest", "open `tick", " rest</p>")]
    public void ShouldNotCloseAnInlineFootnoteAtABracketInACodeSpan(string markdown, string footnote, string after)
    {
        var html = NoteMarkdown.ToHtml(markdown);

        Assert.Contains($"<li id=\"note-fn:1\"><p>{footnote} <a class=\"footnote-back-ref\"", html);
        Assert.Contains(after, html);
    }

    [Fact]
    public void ShouldKeepAnInlineFootnoteInsideAnotherAsText()
    {
        var html = NoteMarkdown.ToHtml("a^[outer ^[inner] end]");

        Assert.Contains("<li id=\"note-fn:1\"><p>outer ^[inner] end", html);
        Assert.DoesNotContain("note-fn:2", html);
    }

    [Fact]
    public void ShouldSearchFootnoteText()
    {
        Assert.Equal("Text inline words more.\n\nDefined words.", NoteMarkdown.ToPlainText("Text^[inline words] more[^1].\n\n[^1]: Defined words."));
    }
}
