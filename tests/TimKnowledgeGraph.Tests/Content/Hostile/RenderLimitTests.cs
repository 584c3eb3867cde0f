using TimKnowledgeGraph.Domain.Content.Notes.Markdown;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>The web UI renders note bodies: Markdown Markdig refuses, or would parse too slowly, shows as escaped text.</summary>
public sealed class RenderLimitTests
{
    [Fact]
    public void ShouldRenderMarkdownNestedTooDeeplyAsEscapedText()
    {
        var html = NoteMarkdown.ToHtml(new string('>', 200) + " <b>deep</b>");

        Assert.StartsWith("<pre>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;deep&lt;/b&gt;", html);
    }

    [Fact]
    public void ShouldRenderLinksTooSlowToParseAsEscapedText()
    {
        var html = NoteMarkdown.ToHtml(string.Concat(Enumerable.Repeat("[a](", 40_000)));

        Assert.StartsWith("<pre>[a](", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("{0}. ")]
    public void ShouldRenderAReadingListOfManyLinkedReferences(string marker)
    {
        // 800 items without blank lines between them: counted as one paragraph, the list was refused as too slow to parse.
        var list = string.Concat(Enumerable.Range(1, 800).Select(i =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, marker, i) + $"[Smith (2001) Regional innovation paper {i:0000}](https://doi.org/10.1234/abc.{i:0000})\n"));

        Assert.Null(NoteMarkdown.ParseLinkCost.FirstOverBudget("Reading list:\n" + list));
        Assert.Contains("<a href=\"https://doi.org/10.1234/abc.0800\">", NoteMarkdown.ToHtml(list));
    }

    [Fact]
    public void ShouldStillRenderOrdinaryLinks()
    {
        var html = NoteMarkdown.ToHtml("See [the report](https://example.org/r) and [[learning-region]].", _ => "/concepts/learning-region");

        Assert.Contains("<a href=\"https://example.org/r\">the report</a>", html);
        Assert.Contains("/concepts/learning-region", html);
    }
}
