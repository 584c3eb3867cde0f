using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// BibTeX's <c>howpublished</c> is read as Zotero's BibTeX import reads it (BibTeX.js): a link ("http://", "https:/",
/// "mailto:") is the work's URL, which every style prints; other text goes to Zotero's Extra, which none of the three
/// styles prints.
/// </summary>
public sealed class HowPublishedTests
{
    private static CitedWork Read(string fields)
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(BibTexReferences.Read($"@misc{{oecd2010, author = {{{{OECD}}}}, year = {{2010}}, title = {{Regional Innovation}}, {fields}}}", "r.bib", sink)).Work;
        Assert.Empty(sink.Items);
        return work;
    }

    [Theory]
    [InlineData("howpublished = {\\url{https://www.oecd.org/regional_innovation}}", "https://www.oecd.org/regional_innovation")]
    [InlineData("howpublished = {https://www.oecd.org/regional\\_innovation}", "https://www.oecd.org/regional_innovation")]
    [InlineData("howpublished = \"http://oecd.org/x--y\"", "http://oecd.org/x--y")]
    [InlineData("howpublished = {mailto:desk@oecd.org}", "mailto:desk@oecd.org")]
    // An explicit url wins.
    [InlineData("url = {https://a.org}, howpublished = {https://b.org}", "https://a.org")]
    public void A_link_in_howpublished_is_the_url_every_style_prints(string fields, string url)
    {
        var work = Read(fields);

        Assert.Equal(url, work.Url);
        var works = new Bibliography([work]);
        foreach (var style in new[] { CitationStyle.Apa, CitationStyle.Chicago, CitationStyle.Harvard })
            Assert.Contains(url, works.Entry("oecd2010", style)!.ToMarkdown(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("howpublished = {Working paper, Paris}")]
    [InlineData("howpublished = {www.oecd.org}")] // no scheme: Zotero keeps it in Extra, not as the URL
    public void Other_howpublished_text_is_not_a_url(string fields)
    {
        var work = Read(fields);

        Assert.Null(work.Url);
    }
}
