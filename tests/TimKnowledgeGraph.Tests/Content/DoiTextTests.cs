using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// A DOI given as a link or with a prefix (<c>doi = {https://doi.org/10…}</c> in a hand-made .bib, <c>"DOI": "doi:10…"</c>)
/// is kept bare, as Zotero's import keeps it, so entries print one https://doi.org/ and the exports write the DOI.
/// </summary>
public sealed class DoiTextTests
{
    [Theory]
    [InlineData("https://doi.org/10.1080/0034340052000320887")]
    [InlineData("http://dx.doi.org/10.1080/0034340052000320887")]
    [InlineData("HTTPS://DOI.ORG/10.1080/0034340052000320887")]
    [InlineData("doi:10.1080/0034340052000320887")]
    [InlineData("DOI: 10.1080/0034340052000320887")]
    [InlineData(" 10.1080/0034340052000320887 ")]
    public void ShouldReadTheDoiWithoutItsPrefixFromBibTexAndCslJson(string written)
    {
        var sink = new DiagnosticBag();
        var bib = Assert.Single(BibTexReferences.Read($"@article{{b, title = {{T}}, year = {{2005}}, doi = {{{written}}}}}", "r.bib", sink));
        var csl = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes($"[{{\"id\": \"c\", \"DOI\": \"{written}\"}}]"), "r.json", sink));

        Assert.Empty(sink.Items);
        Assert.Equal("10.1080/0034340052000320887", bib.Work.Doi);
        Assert.Equal("10.1080/0034340052000320887", csl.Work.Doi);
        var apa = new Bibliography([bib.Work]).Entry(bib.Work, CitationStyle.Apa).Plain;
        Assert.EndsWith("https://doi.org/10.1080/0034340052000320887", apa);
        Assert.DoesNotContain("doi.org/https", apa);
    }

    [Theory]
    [InlineData("doi:unknown", "doi:unknown")]
    [InlineData("https://doi.org/", "https://doi.org/")]
    [InlineData("  ", null)]
    public void ShouldKeepWhatIsNoDoiAsWritten(string written, string? kept) => Assert.Equal(kept, DoiText.Normalise(written));
}
