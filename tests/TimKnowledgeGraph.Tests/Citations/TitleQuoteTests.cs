using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// Quotation marks inside a title alternate with the style's own, as citeproc-js sets them with Zotero's styles: Chicago
/// printed “… “Mode 2” …”, a quote inside a quote with the same marks, where apa.csl, chicago-author-date.csl (en-US:
/// “ ” then ‘ ’) and harvard-cite-them-right.csl (en-GB: ‘ ’ then “ ”) give these.
/// </summary>
public sealed class TitleQuoteTests
{
    private static CitedWork Article(string title) => new()
    {
        Key = "etzkowitz2000", Type = "article-journal", Year = 2000, Title = title, Container = "Research Policy",
        Authors = [new PersonName("Etzkowitz", "Henry")],
    };

    [Theory]
    [InlineData(CitationStyle.Chicago, "Etzkowitz, Henry. 2000. “The Dynamics of Innovation: From National Systems and ‘Mode 2’ to a Triple Helix.” <i>Research Policy</i>.")]
    [InlineData(CitationStyle.Harvard, "Etzkowitz, H. (2000) ‘The Dynamics of Innovation: From National Systems and “Mode 2” to a Triple Helix’, <i>Research Policy</i>.")]
    [InlineData(CitationStyle.Apa, "Etzkowitz, H. (2000). The Dynamics of Innovation: From National Systems and “Mode 2” to a Triple Helix. <i>Research Policy</i>.")]
    public void ShouldSetAQuoteInsideAQuotedTitleWithTheInnerMarks(CitationStyle style, string expected)
    {
        var work = Article("The Dynamics of Innovation: From National Systems and “Mode 2” to a Triple Helix");
        Assert.Equal(expected, new Bibliography([work]).Entry(work, style).ToHtml().Replace("&#8220;", "“").Replace("&#8221;", "”").Replace("&#8216;", "‘").Replace("&#8217;", "’"));
    }

    [Theory]
    [InlineData("Regional \"worlds\" of production", CitationStyle.Apa, "Regional “worlds” of production")]
    [InlineData("Regional \"worlds\" of production", CitationStyle.Chicago, "“Regional ‘Worlds’ of Production")]
    [InlineData("Industrial districts as ‘learning regions’: a condition", CitationStyle.Harvard, "‘Industrial districts as “learning regions”: a condition’")]
    [InlineData("Industrial districts as 'learning regions': a condition", CitationStyle.Chicago, "“Industrial Districts as ‘Learning Regions’: A Condition")]
    [InlineData("Porter's diamond and the regions' growth", CitationStyle.Harvard, "‘Porter's diamond and the regions' growth’")]
    [InlineData("Porter’s “diamond”", CitationStyle.Harvard, "‘Porter’s “diamond”’")]
    [InlineData("An “unclosed quote", CitationStyle.Chicago, "“An “Unclosed Quote")]
    public void ShouldAlternateMarksByDepthAndLeaveApostrophesAndUnclosedMarks(string title, CitationStyle style, string expectedStart)
    {
        var work = Article(title);
        var entry = new Bibliography([work]).Entry(work, style).Plain;
        Assert.Contains(expectedStart, entry, StringComparison.Ordinal);
    }
}
