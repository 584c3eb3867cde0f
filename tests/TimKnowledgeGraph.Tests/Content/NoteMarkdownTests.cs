using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

public sealed class NoteMarkdownTests
{
    [Theory]
    [InlineData("[[learning-region]]", "learning-region", null, null)]
    [InlineData("[[learning-region|the LR]]", "learning-region", null, "the LR")]
    [InlineData("[[learning-region#History]]", "learning-region", "History", null)]
    [InlineData("[[ Learning Region # History | LR ]]", "Learning Region", "History", "LR")]
    [InlineData(@"[[learning-region\|the LR]]", "learning-region", null, "the LR")] // Obsidian's form inside a table
    [InlineData(@"[[learning-region#History\|LR]]", "learning-region", "History", "LR")]
    public void ShouldParseWikiLinks(string markdown, string target, string? heading, string? label)
    {
        var link = Assert.Single(NoteMarkdown.Parse(markdown).Descendants<WikiLinkInline>());
        Assert.Equal((target, heading, label), (link.Target, link.Heading, link.Label));
    }

    [Fact]
    public void ShouldPositionInlinesInTheWholeFile()
    {
        var text = "---\nkind: tim\n---\nText\nmore [[x]] and [see @k, p. 3].\n";
        var document = NoteMarkdown.Parse(text);
        var link = Assert.Single(document.Descendants<WikiLinkInline>());
        Assert.Equal((4, 5), (link.Line, link.Column));
        Assert.Equal(text.IndexOf("[[x]]", StringComparison.Ordinal), link.Span.Start);
        var item = Assert.Single(Assert.Single(document.Descendants<CitationInline>()).Items);
        Assert.Equal(text.IndexOf("@k", StringComparison.Ordinal), item.Offset);
    }

    /// <summary>
    /// Obsidian indents nested list items with a tab. Markdig counts a tab to the next multiple of 4 in its columns, so
    /// links and citations are located by their offsets, in characters as an editor counts them (they were 3 to the right).
    /// </summary>
    [Theory]
    [InlineData("- item\n\t- nested [[x]] and [see @k] or @n says\n")]
    [InlineData("- item\r\n\t\t- deeper [[x]] and [see @k] or @n says\r\n")]
    [InlineData("> quoted\n>\t- [[x]] [see @k] @n says\n")]
    public void ShouldLocateLinksAndCitationsAsAnEditorCountsColumns(string body)
    {
        var text = "---\nkind: tim\nname: X\n---\n" + body;
        var note = NoteReader.Read(text, "concepts/x.md", NoteKind.Concept, new DiagnosticBag())!;

        var lines = text.Split('\n');
        SourceLocation Expected(string what)
        {
            var line = Array.FindIndex(lines, l => l.Contains(what, StringComparison.Ordinal));
            return new SourceLocation("concepts/x.md", line + 1, lines[line].IndexOf(what, StringComparison.Ordinal) + 1);
        }
        Assert.Equal(Expected("[[x]]"), Assert.Single(note.WikiLinks).At);
        Assert.Equal([Expected("@k"), Expected("@n")], note.Citations.Select(c => c.At));
    }

    [Fact]
    public void ShouldParseCitationsWithPrefixesAndLocators()
    {
        var citation = Assert.Single(NoteMarkdown.Parse("x [see @a, p. 12; -@b ch. 2; @{odd key}] y").Descendants<CitationInline>());
        Assert.Equal(
            [("a", "p. 12", "see", false), ("b", "ch. 2", null, true), ("odd key", null, null, false)],
            citation.Items.Select(i => (i.Key, i.Locator, i.Prefix, i.SuppressAuthor)));
    }

    [Theory]
    [InlineData("mail [me@example.org]")]
    [InlineData("[@key](https://example.org)")]
    [InlineData("`[@key]` and `[[x]]`")]
    [InlineData("[a normal link](https://example.org)")]
    public void ShouldNotTreatTheseAsCitationsOrWikiLinks(string markdown)
    {
        var document = NoteMarkdown.Parse(markdown);
        Assert.Empty(document.Descendants<CitationInline>());
        Assert.Empty(document.Descendants<WikiLinkInline>());
    }

    [Fact]
    public void ShouldRenderLinksWithTheResolver()
    {
        var html = NoteMarkdown.ToHtml(
            "See [[Learning Region#Origins|LR]], [[nowhere]] and [@storper1993, p. 12; @x].",
            target => target == "Learning Region" ? "/concepts/learning-region" : null,
            key => key == "storper1993" ? "/references/storper1993" : null);
        Assert.Equal(
            "<p>See <a class=\"wikilink\" href=\"/concepts/learning-region#note-origins\">LR</a>, " +
            "<span class=\"wikilink unresolved\" data-target=\"nowhere\">nowhere</span> and " +
            "<span class=\"citation\" data-cites=\"storper1993 x\">(<a href=\"/references/storper1993\">storper1993</a>, p. 12; x)</span>.</p>\n",
            html);
    }

    [Fact]
    public void ShouldRenderAWikiLinkWithAnEscapedPipeInsideOneTableCell()
    {
        var html = NoteMarkdown.ToHtml(
            "| a | b |\n|---|---|\n| [[alpha\\|The Alpha]] | x |\n",
            target => target == "alpha" ? "/concepts/alpha" : null);
        Assert.Contains("<td><a class=\"wikilink\" href=\"/concepts/alpha\">The Alpha</a></td>\n<td>x</td>", html);
    }

    [Fact]
    public void ShouldLookUpALinkRelativeToTheNoteAsItsPathFromTheContentFolder()
    {
        var asked = new List<string>();
        string? Href(string target)
        {
            asked.Add(target);
            return null;
        }

        NoteMarkdown.ToHtml("[[../concepts/alpha]], [[./beta]] and [[gamma]]", new NoteLinks { WikiLinkHref = Href, NoteFile = "critiques/tims/x.md" });
        NoteMarkdown.ToHtml("[[../concepts/alpha]]", new NoteLinks { WikiLinkHref = Href });

        Assert.Equal(["critiques/concepts/alpha", "critiques/tims/beta", "gamma", "../concepts/alpha"], asked);
    }

    [Theory]
    [InlineData("As @storper1993 says", "storper1993", null)]
    [InlineData("As @storper1993 [p. 12] says", "storper1993", "p. 12")]
    [InlineData("(@storper1993.)", "storper1993", null)]
    public void ShouldParseNarrativeCitationsInRunningText(string markdown, string key, string? locator)
    {
        var citation = Assert.Single(NoteMarkdown.Parse(markdown).Descendants<CitationInline>());
        Assert.True(citation.Narrative);
        var item = Assert.Single(citation.Items);
        Assert.Equal((key, locator), (item.Key, item.Locator));
    }

    [Theory]
    [InlineData("write to me@example.org")]
    [InlineData("a@b and x-@y")]
    [InlineData("just @ alone")]
    public void ShouldNotTreatAnAtInsideAWordAsANarrativeCitation(string markdown) =>
        Assert.Empty(NoteMarkdown.Parse(markdown).Descendants<CitationInline>());

    [Fact]
    public void ShouldRenderCitationsAuthorDateAndWikiLinksByName()
    {
        var works = new Bibliography(
        [
            new CitedWork { Key = "storper1993", Year = 1993, Authors = [new("Storper", "Michael")] },
            new CitedWork { Key = "asheim1996", Year = 1996, Authors = [new("Asheim", "Bjørn")] },
            new CitedWork { Key = "morgan1997", Year = 1997, Authors = [new("Morgan", "Kevin")] },
        ]);
        var html = NoteMarkdown.ToHtml(
            "@storper1993 [p. 12] began it [@morgan1997; @asheim1996]; see [[industrial-districts]], [[lr-fuzzy|fuzzy]] and [@nobody].",
            new NoteLinks
            {
                WikiLinkHref = t => "/concepts/" + t,
                WikiLinkName = t => t == "industrial-districts" ? "Industrial districts" : "Fuzzy <concept>",
                CitationHref = k => k == "nobody" ? null : "/references/" + k,
                Bibliography = works,
            });
        Assert.Equal(
            "<p><span class=\"citation\" data-cites=\"storper1993\"><a href=\"/references/storper1993\">Storper (1993, p. 12)</a></span> began it " +
            "<span class=\"citation\" data-cites=\"morgan1997 asheim1996\">(<a href=\"/references/asheim1996\">Asheim, 1996</a>; <a href=\"/references/morgan1997\">Morgan, 1997</a>)</span>; " +
            "see <a class=\"wikilink\" href=\"/concepts/industrial-districts\">Industrial districts</a>, " +
            "<a class=\"wikilink\" href=\"/concepts/lr-fuzzy\">fuzzy</a> and <span class=\"citation\" data-cites=\"nobody\">(nobody?)</span>.</p>\n",
            html);
    }

    [Fact]
    public void ShouldEscapeRawHtmlAndScriptUrls()
    {
        var html = NoteMarkdown.ToHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) [[<b>|<i>x</i>]]");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    // Obsidian's %% comments are private to the editor: they were published on the page and their links counted.
    [Theory]
    [InlineData("Before %%private [[proximity]] [@storper1993]%% after.", "<p>Before  after.</p>\n")]
    [InlineData("Before\n\n%%\nprivate [[proximity]]\n\n[@storper1993] more\n%%\n\nAfter", "<p>Before</p>\n<p>After</p>\n")]
    [InlineData("%% one line [[proximity]] %%\n\nAfter", "<p>After</p>\n")]
    [InlineData("<!-- draft [[no-such-note]] [@nokey] -->\n\nAfter <!-- inline [[x]] --> text", "<p>After  text</p>\n")]
    public void ShouldNeitherRenderNorReadLinksInComments(string markdown, string expected)
    {
        Assert.Equal(expected, NoteMarkdown.ToHtml(markdown));
        var document = NoteMarkdown.Parse(markdown);
        Assert.Empty(document.Descendants<WikiLinkInline>());
        Assert.Empty(document.Descendants<CitationInline>());
    }

    [Fact]
    public void ShouldGiveSearchTheWordsAPageShowsAndNothingItHides()
    {
        // Search read the raw text: a private %% comment was searchable, an HTML comment too.
        var text = NoteMarkdown.ToPlainText("# Title\n\nBefore %%secret plan%% the [[learning-region]] and [[x|its label]] " +
            "<!-- hidden draft --> [@storper1993, p. 3] `code`.\n\n%%\nblock secret\n%%\n\n<div>raw</div>\n\n- item");

        Assert.Equal("Title\n\nBefore  the learning region and its label  storper1993 code.\n\nitem", text);
    }

    [Fact]
    public void ShouldLinkAnEmbeddedNoteAndNameAnEmbeddedFileWithoutLinkingIt()
    {
        // Obsidian's ![[embeds]] showed as "!" and a link, and ![[figure-1.png]] as a broken link.
        const string markdown = "![[clusters]] and ![[figure-1.png]] and ![alt](x.png) and ![[clusters|the cluster note]]";
        var links = NoteMarkdown.Parse(markdown).Descendants<WikiLinkInline>().ToList();

        Assert.Equal([("clusters", true, false), ("figure-1.png", true, true), ("clusters", true, false)], links.Select(l => (l.Target, l.Embed, l.IsAttachment)));
        var html = NoteMarkdown.ToHtml(markdown, new NoteLinks { WikiLinkHref = t => "/concepts/" + t });
        Assert.Contains("<a class=\"wikilink embed\" href=\"/concepts/clusters\">clusters</a>", html);
        Assert.Contains("<span class=\"wikilink attachment\">figure-1.png (attachment, not shown)</span>", html);
        Assert.Contains("<img src=\"x.png\" alt=\"alt\" />", html);
        Assert.DoesNotContain("!<", html);
    }

    [Fact]
    public void ShouldGiveNoteHeadingsTheIdsThatHeadingLinksName()
    {
        // [[note#Heading]] linked to "#The%20Learning%20Region", which no heading had as its id.
        var html = NoteMarkdown.ToHtml("# The Learning Region\n\n## Evidence\n\n## Evidence\n\nSee [[learning-region#The Learning Region]].",
            new NoteLinks { WikiLinkHref = t => "/concepts/" + t });

        Assert.Contains("<h1 id=\"note-the-learning-region\">The Learning Region</h1>", html);
        Assert.Contains("<h2 id=\"note-evidence\">Evidence</h2>", html);
        Assert.Contains("<h2 id=\"note-evidence-1\">Evidence</h2>", html);
        Assert.Contains("href=\"/concepts/learning-region#note-the-learning-region\"", html);
    }

    [Fact]
    public void ShouldShowAPercentSignThatOpensNoComment()
    {
        Assert.Equal("<p>Growth of 5% and %% never closed</p>\n", NoteMarkdown.ToHtml("Growth of 5% and %% never closed"));
    }

    [Fact]
    public void ShouldShowHtmlAsTextWithoutLinksOnThePageAsTheGraphHasNone()
    {
        // The page made [[innovation-networks]] inside a <div> a live link the graph (which reads an HTML block) lacked.
        const string markdown = "<div class=\"x\">HTML with [[innovation-networks]] and [@martin2003]</div>\n\nText <b>bold</b>.";
        var html = NoteMarkdown.ToHtml(markdown, new NoteLinks { WikiLinkHref = t => "/concepts/" + t, CitationHref = k => "/references/" + k });

        Assert.Equal("<p class=\"raw-html\">&lt;div class=&quot;x&quot;&gt;HTML with [[innovation-networks]] and [@martin2003]&lt;/div&gt;\n</p>\n" +
            "<p>Text &lt;b&gt;bold&lt;/b&gt;.</p>\n", html);
        Assert.Empty(NoteMarkdown.Parse(markdown).Descendants<WikiLinkInline>());
    }

    [Fact]
    public void ShouldNotRenderFrontMatter()
    {
        Assert.Equal("<p>Body</p>\n", NoteMarkdown.ToHtml("---\nkind: tim\n---\nBody\n"));
    }
}
