using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Exports;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// A reading list's exports keep the kind of each work, so what is read back is cited and listed as before: a blog post,
/// a speech or a dataset from CSL-JSON went out as "document", a web page as BibTeX @misc and a newspaper article as a
/// plain @article, and came back dated to the year only, their titles set as another kind's.
/// </summary>
public sealed class ExportTypeRoundTripTests
{
    private static CitedWork Work(string type) => new()
    {
        Key = "k-" + type, Type = type, Title = "Why regions still matter", Container = "Regional Blog", Year = 2020, Month = 3, Day = 4,
        Authors = [new PersonName("Saxenian", "AnnaLee")], Url = "https://example.org/sv", Accessed = "2021-01-15",
    };

    public static TheoryData<string> CslTypes => ["post-weblog", "post", "webpage", "speech", "dataset", "manuscript", "interview", "article-newspaper", "article-magazine", "report", "thesis"];

    public static TheoryData<string> BibTexTypes => ["online", "webpage", "post", "article-newspaper", "article-magazine"];

    [Theory]
    [MemberData(nameof(CslTypes))]
    public void ShouldReadBackFromCslJsonTheTypeItWasExportedWithAndCiteItAlike(string type)
    {
        var work = Work(type);
        var sink = new DiagnosticBag();
        var read = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes(CslJsonWriter.Write([new ReadingListEntry(work, [])])), "export.json", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Equal(type, read.Type);
        AssertRenderedAlike(work, read);
    }

    [Theory]
    [MemberData(nameof(BibTexTypes))]
    public void ShouldReadBackFromBibTexAWorkOfTheSameKindAndCiteItAlike(string type)
    {
        var work = Work(type);
        var bib = BibTexWriter.Write([new ReadingListEntry(work, [])]);
        var sink = new DiagnosticBag();
        var read = Assert.Single(BibTexReferences.Read(bib, "export.bib", sink)).Work;

        Assert.Empty(sink.Items);
        AssertRenderedAlike(work, read);
    }

    [Theory]
    [InlineData("@article{a, entrysubtype = {newspaper}, title = {T}, journaltitle = {The Times}, date = {2020-03-04}}", "article-newspaper", "(2020, March 4)")]
    [InlineData("@article{a, entrysubtype = {magazine}, title = {T}, journaltitle = {Wired}, date = {2020-03-04}}", "article-magazine", "(2020, March 4)")]
    [InlineData("@article{a, title = {T}, journaltitle = {Regional Studies}, date = {2020-03-04}}", "article", "(2020)")]
    public void ShouldReadAnArticlesEntrySubtypeAsBetterBibLaTeXWritesIt(string bib, string type, string date)
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(BibTexReferences.Read(bib, "r.bib", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Equal(type, work.Type);
        Assert.Contains(date, new Bibliography([work]).Entry(work, CitationStyle.Apa).Plain, StringComparison.Ordinal);
    }

    private static void AssertRenderedAlike(CitedWork written, CitedWork read)
    {
        foreach (var style in new[] { CitationStyle.Apa, CitationStyle.Chicago, CitationStyle.Harvard })
            Assert.Equal(new Bibliography([written]).Entry(written, style).ToHtml(), new Bibliography([read]).Entry(read, style).ToHtml());
    }
}
