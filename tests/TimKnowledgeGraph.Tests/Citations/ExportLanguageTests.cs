using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Exports;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// A reading list's BibTeX gives biblatex a language name (<c>langid = {american}</c>), its CSL-JSON a BCP 47 tag
/// (<c>"language": "de-DE"</c>), whichever of the two the work was read from: <c>langid = {en}</c> stops biblatex
/// ("Language 'en' not known"), and CSL processors read <c>"ngerman"</c> as no language they know. Read back, the work is
/// cited alike (title case follows the language).
/// </summary>
public sealed class ExportLanguageTests
{
    private static CitedWork Work(string? language) => new()
    {
        Key = "k", Type = "article-journal", Title = "the region as a nexus of untraded dependencies", Container = "European Urban and Regional Studies",
        Year = 1995, Authors = [new PersonName("Storper", "Michael")], Language = language,
    };

    [Theory]
    [InlineData("en", "english")]
    [InlineData("en-US", "american")]
    [InlineData("en-GB", "british")]
    [InlineData("de-DE", "ngerman")]
    [InlineData("de", "german")]
    [InlineData("fr-CA", "french")]
    [InlineData("pt-BR", "brazilian")]
    [InlineData("english", "english")]
    [InlineData("ngerman", "ngerman")]
    [InlineData("klingon", "klingon")]
    public void ShouldWriteALanguageNameToBibTex(string language, string langid)
    {
        var bib = BibTexWriter.Write([new ReadingListEntry(Work(language), [])]);

        Assert.Contains($"  langid = {{{langid}}},\n", bib);
    }

    [Theory]
    [InlineData("american", "en-US")]
    [InlineData("english", "en")]
    [InlineData("ngerman", "de-DE")]
    [InlineData("French", "fr")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("klingon", "klingon")]
    public void ShouldWriteALanguageTagToCslJson(string language, string tag)
    {
        var json = CslJsonWriter.Write([new ReadingListEntry(Work(language), [])]);

        Assert.Contains($"\"language\":\"{tag}\"", json.Replace(" ", ""));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("american")]
    [InlineData("ngerman")]
    public void ShouldCiteAWorkAlikeAfterEitherRoundTrip(string language)
    {
        var work = Work(language);
        var sink = new DiagnosticBag();
        var fromBib = Assert.Single(BibTexReferences.Read(BibTexWriter.Write([new ReadingListEntry(work, [])]), "export.bib", sink)).Work;
        var fromCsl = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes(CslJsonWriter.Write([new ReadingListEntry(work, [])])), "export.json", sink)).Work;

        Assert.Empty(sink.Items);
        foreach (var style in new[] { CitationStyle.Chicago, CitationStyle.Apa, CitationStyle.Harvard })
        {
            var expected = new Bibliography([work]).Entry(work, style).Plain;
            Assert.Equal(expected, new Bibliography([fromBib]).Entry(fromBib, style).Plain);
            Assert.Equal(expected, new Bibliography([fromCsl]).Entry(fromCsl, style).Plain);
        }
    }
}
