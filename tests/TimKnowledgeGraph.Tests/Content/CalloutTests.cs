using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>Obsidian callouts (<c>&gt; [!type] Title</c>): rendered as asides or, foldable, as details, and read for links as the page shows them.</summary>
public sealed class CalloutTests
{
    private static readonly NoteLinks Links = new() { WikiLinkHref = t => "/concepts/" + t };

    [Fact]
    public void ShouldRenderACalloutAsAnAsideWithItsTitle()
    {
        var html = NoteMarkdown.ToHtml("> [!note] On proximity\n> Text with [[proximity]].\n>\n> More.", Links);

        Assert.Equal(
            "<aside class=\"callout callout-note\">\n<p class=\"callout-title\"><span class=\"visually-hidden\">Note: </span>On proximity</p>\n" +
            "<p>Text with <a class=\"wikilink\" href=\"/concepts/proximity\">proximity</a>.</p>\n<p>More.</p>\n</aside>\n",
            html);
    }

    [Theory]
    [InlineData("> [!warning]- Folded\n> Hidden", "<details class=\"callout callout-warning\">")]
    [InlineData("> [!warning]+ Open\n> Shown", "<details class=\"callout callout-warning\" open>")]
    public void ShouldRenderAFoldableCalloutAsDetailsWithItsTitleAsSummary(string markdown, string start)
    {
        var html = NoteMarkdown.ToHtml(markdown);

        Assert.StartsWith(start + "\n<summary class=\"callout-title\"><span class=\"visually-hidden\">Warning: </span>", html, StringComparison.Ordinal);
        Assert.Contains("</summary>\n<p>", html);
        Assert.EndsWith("</p>\n</details>\n", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> [!TIP]\n> Body", "<aside class=\"callout callout-tip\">\n<p class=\"callout-title\">Tip</p>\n<p>Body</p>\n</aside>\n")]
    [InlineData("> [!caution] Caution: hot\n> Body", "<aside class=\"callout callout-warning\">\n<p class=\"callout-title\">Caution: hot</p>\n<p>Body</p>\n</aside>\n")]
    [InlineData("> [!my-box] <b>Mine</b>", "<aside class=\"callout\">\n<p class=\"callout-title\"><span class=\"visually-hidden\">My-box: </span>&lt;b&gt;Mine&lt;/b&gt;</p>\n</aside>\n")]
    [InlineData("> [!x\"onmouseover=y]", "<blockquote>\n<p>[!x&quot;onmouseover=y]</p>\n</blockquote>\n")]
    public void ShouldNameTheTypeAndGiveAnUnknownTypeAGenericCallout(string markdown, string expected)
    {
        Assert.Equal(expected, NoteMarkdown.ToHtml(markdown));
    }

    [Fact]
    public void ShouldNestCalloutsAndKeepOtherQuotesQuotes()
    {
        var html = NoteMarkdown.ToHtml("> [!question] Nested?\n> > [!todo] Yes\n> > Inside\n\n> Plain [!note] quote");

        Assert.Equal(
            "<aside class=\"callout callout-question\">\n<p class=\"callout-title\">Nested?</p>\n" +
            "<aside class=\"callout callout-todo\">\n<p class=\"callout-title\">Yes</p>\n<p>Inside</p>\n</aside>\n</aside>\n" +
            "<blockquote>\n<p>Plain [!note] quote</p>\n</blockquote>\n",
            html.Replace("<span class=\"visually-hidden\">Question: </span>", "").Replace("<span class=\"visually-hidden\">Todo: </span>", ""));
    }

    [Fact]
    public void ShouldReadLinksAndCitationsInACalloutAndItsTitleWhereThePageShowsThem()
    {
        const string text = "---\nkind: tim\nname: X\n---\n> [!note] See [[alpha]]\n> and [@storper1993]\n> > [!tip]- Folded [[beta]]\n> > [[gamma]]\n";
        var note = NoteReader.Read(text, "concepts/x.md", NoteKind.Concept, new DiagnosticBag())!;

        Assert.Equal(["alpha", "beta", "gamma"], note.WikiLinks.Select(l => l.Target));
        Assert.Equal([(5, 15), (7, 20), (8, 5)], note.WikiLinks.Select(l => (l.At.Line, l.At.Column)));
        Assert.Equal("storper1993", Assert.Single(note.Citations).Key);
        var html = NoteMarkdown.ToHtml(text, Links);
        foreach (var target in new[] { "alpha", "beta", "gamma" }) Assert.Contains($"href=\"/concepts/{target}\"", html);
    }

    [Fact]
    public void ShouldSearchACalloutsTitleAndBody()
    {
        Assert.Equal("On proximity\n\nText with proximity", NoteMarkdown.ToPlainText("> [!note] On proximity\n>\n> Text with [[proximity]]"));
    }
}
