using TimKnowledgeGraph.Domain.Content.Notes.Markdown;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>Obsidian's highlights (<c>==text==</c>) and tags (<c>#tag</c>) in a note's text.</summary>
public sealed class HighlightAndTagTests
{
    [Theory]
    [InlineData("A ==key point== here.", "<p>A <mark>key point</mark> here.</p>\n")]
    [InlineData("Tagged #regional-policy and #tim/critique.", "<p>Tagged <span class=\"tag\">#regional-policy</span> and <span class=\"tag\">#tim/critique</span>.</p>\n")]
    [InlineData("Issue #1, C#, x.org/#frag and #<b>", "<p>Issue #1, C#, x.org/#frag and #&lt;b&gt;</p>\n")]
    public void ShouldMarkHighlightsAndShowTags(string markdown, string expected)
    {
        Assert.Equal(expected, NoteMarkdown.ToHtml(markdown));
    }

    [Fact]
    public void ShouldSearchTagsAndHighlightsAsWritten()
    {
        Assert.Equal("A key point #policy", NoteMarkdown.ToPlainText("A ==key point== #policy"));
    }
}
