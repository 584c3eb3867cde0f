using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary><c>[[#Heading]]</c>, <c>[[#^block]]</c> and <c>[[note#^block]]</c> with <c>^block</c> at a paragraph's end: links to anchors on the page, not to other notes.</summary>
public sealed class HeadingAndBlockLinkTests
{
    private static readonly NoteLinks Links = new() { WikiLinkHref = t => "/concepts/" + t };

    [Fact]
    public void ShouldLinkInsideTheNoteToItsHeadingsAndBlocks()
    {
        var html = NoteMarkdown.ToHtml("# Origins\n\nStorper's article. ^storper\n\nSee [[#Origins]], [[#^storper|the article]] and [[alpha#^quote-1]].", Links);

        Assert.Contains("<h1 id=\"note-origins\">Origins</h1>", html);
        Assert.Contains("<p id=\"note-^storper\">Storper's article. </p>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"#note-origins\">Origins</a>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"#note-%5Estorper\">the article</a>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/alpha#note-%5Equote-1\">alpha &gt; ^quote-1</a>", html);
        Assert.DoesNotContain("unresolved", html);
    }

    [Fact]
    public void ShouldGiveABlockIdInAListToItsItem()
    {
        var html = NoteMarkdown.ToHtml("- first ^one\n- second");

        Assert.Contains("<li id=\"note-^one\">first </li>", html);
    }

    [Fact]
    public void ShouldGiveABlockIdAtTheEndOfAnInlineFootnoteToItsTextInTheListOfFootnotes()
    {
        // The id was read and hidden, but no element took it: [[#^fn-source]] warned and led nowhere on the page.
        const string text = "---\nkind: tim\nname: X\n---\nA claim.^[Cooke says so. ^fn-source]\n\nSee [[#^fn-source]].\n";
        var note = NoteReader.Read(text, "concepts/x.md", NoteKind.Concept, new DiagnosticBag())!;
        var html = NoteMarkdown.ToHtml("A claim.^[Cooke says so. ^fn-source]\n\nSee [[#^fn-source]].", Links);

        Assert.Equal(["note-^fn-source"], note.Anchors.Keys);
        Assert.Contains("<li id=\"note-fn:1\"><p id=\"note-^fn-source\">Cooke says so. ", html);
        Assert.Contains("<a class=\"wikilink\" href=\"#note-%5Efn-source\">^fn-source</a>", html);
        Assert.DoesNotContain("^fn-source]", html);
    }

    [Fact]
    public void ShouldGiveABlockIdAtTheEndOfAFootnoteDefinitionToItsParagraph()
    {
        // Markdig's links back to the reference came after the id, so it was hidden but taken by nothing.
        const string text = "---\nkind: tim\nname: X\n---\nA claim[^1].\n\nSee [[#^def-src]].\n\n[^1]: Cooke says so. ^def-src\n";
        var note = NoteReader.Read(text, "concepts/x.md", NoteKind.Concept, new DiagnosticBag())!;
        var html = NoteMarkdown.ToHtml("A claim[^1].\n\nSee [[#^def-src]].\n\n[^1]: First paragraph.\n\n    Cooke says so. ^def-src", Links);

        Assert.Equal(["note-^def-src"], note.Anchors.Keys);
        Assert.Contains("<p id=\"note-^def-src\">Cooke says so. ", html);
        Assert.Contains("<a class=\"wikilink\" href=\"#note-%5Edef-src\">^def-src</a>", html);
    }

    [Fact]
    public void ShouldLinkASubheadingWrittenThroughItsParentsToTheSubheading()
    {
        // Obsidian's [[note#Heading#Subheading]]: the whole "Origins#Sources" was taken for one heading, a warning and a
        // fragment no heading has.
        const string text = "---\nkind: tim\nname: X\n---\n## Origins\n\n### Sources\n\nSee [[#Origins#Sources]] and [[#Origins#Nope]].\n";
        var sink = new DiagnosticBag();
        var note = NoteReader.Read(text, "concepts/x.md", NoteKind.Concept, sink)!;
        var html = NoteMarkdown.ToHtml("See [[alpha#Origins#Sources]] and [[#Origins#Sources]].", Links);

        Assert.Contains("<a class=\"wikilink\" href=\"/concepts/alpha#note-sources\">alpha &gt; Origins &gt; Sources</a>", html);
        Assert.Contains("<a class=\"wikilink\" href=\"#note-sources\">Origins &gt; Sources</a>", html);
        Assert.Contains("note-sources", note.Anchors.Keys);
        Assert.Equal("note-sources", BlockIdInline.AnchorId("Origins#Sources"));
        Assert.Equal("note-sources", BlockIdInline.AnchorId("Origins # Sources"));

        using var content = new TempContent().With("concepts/x.md", text);
        var warning = Assert.Single(TimKnowledgeGraph.Domain.Content.ContentPipeline.Load(content.Root).Diagnostics);
        Assert.Equal(("TKG027", 9), (warning.Code, warning.Location.Line));
        Assert.Contains("names a heading 'Nope'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldGiveNoIdToAnInlineFootnoteWhoseTextGoesOnAfterTheCaret()
    {
        var html = NoteMarkdown.ToHtml("A claim.^[Cooke ^says so.]");

        Assert.Contains("<li id=\"note-fn:1\"><p>Cooke ^says so.", html);
    }

    [Theory]
    [InlineData("2^10 is a power")]
    [InlineData("x^abc and more")]
    [InlineData("word^abc")]
    public void ShouldKeepACaretThatEndsNoParagraphAsText(string markdown)
    {
        Assert.Empty(NoteMarkdown.Parse(markdown).Descendants<BlockIdInline>());
    }

    [Fact]
    public void ShouldReadLinksInsideTheNoteApartFromLinksToNotesAndKnowItsAnchors()
    {
        const string text = "---\nkind: tim\nname: X\n---\n## Evidence\n\n## Evidence\n\nA claim. ^claim\n\n[[#Evidence]] [[#^claim]] [[alpha#Evidence]]\n";
        var note = NoteReader.Read(text, "concepts/x.md", NoteKind.Concept, new DiagnosticBag())!;

        Assert.Equal([("alpha", "Evidence")], note.WikiLinks.Select(l => (l.Target, l.Heading)));
        Assert.Equal([("Evidence", 11, 1), ("^claim", 11, 15)], note.SameNoteLinks.Select(l => (l.Heading, l.At.Line, l.At.Column)));
        Assert.Equal(["note-evidence", "note-evidence-1", "note-^claim"], note.Anchors.Keys);
        Assert.Equal(["Evidence", "Evidence", "^claim"], note.Anchors.Values);
    }

    [Theory]
    [InlineData("[[]]")]
    [InlineData("[[#]]")]
    [InlineData("![[#Heading]]")]
    public void ShouldLeaveLinksThatNameNothingAsText(string markdown)
    {
        Assert.Empty(NoteMarkdown.Parse(markdown).Descendants<WikiLinkInline>());
    }

    [Fact]
    public void ShouldSearchALinkInsideTheNoteByItsHeading()
    {
        Assert.Equal("See Origins.", NoteMarkdown.ToPlainText("See [[#Origins]]."));
    }
}
