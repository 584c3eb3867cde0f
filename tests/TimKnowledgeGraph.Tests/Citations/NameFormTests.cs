using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using NameStyle = TimKnowledgeGraph.Domain.Citations.Names;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// Names that are not "Family, Given": a corporate author with a comma, a suffix ("Jr."). The graph stores names as
/// text, so each must read back whole, and each style writes them as its CSL file does (apa.csl, chicago-author-date.csl,
/// harvard-cite-them-right.csl; names in sort order put the suffix after the given names).
/// </summary>
public sealed class NameFormTests
{
    private static readonly PersonName Ministry = new(null, null, "Ministry of Economic Affairs, Agriculture and Innovation");
    private static readonly PersonName Lucas = new("Lucas", "Robert E.", Suffix: "Jr.");

    public static TheoryData<PersonName> Names => new() { Ministry, Lucas, new PersonName("Storper", "Michael"), new PersonName("Plato", null), new PersonName(null, null, "OECD"), new PersonName(null, null, "{odd} name") };

    // A literal without a comma reads back as a single family name, which every style writes alike.
    [Theory]
    [MemberData(nameof(Names))]
    public void ShouldReadEveryStoredNameBackWhole(PersonName name)
    {
        var read = PersonName.FromStored(name.StoredName);
        Assert.Equal((name.DisplayName, name.StoredName, name.Id), (read.DisplayName, read.StoredName, read.Id));
        foreach (var style in Enum.GetValues<CitationStyle>())
        {
            Assert.Equal(NameStyle.Inverted(name, style), NameStyle.Inverted(read, style));
            Assert.Equal(NameStyle.Direct(name, style), NameStyle.Direct(read, style));
        }
    }

    [Fact]
    public void ShouldStoreNamesInBibTeXsOwnForms()
    {
        Assert.Equal("{Ministry of Economic Affairs, Agriculture and Innovation}", Ministry.StoredName);
        Assert.Equal("Lucas, Jr., Robert E.", Lucas.StoredName);
        Assert.Equal("OECD", new PersonName(null, null, "OECD").StoredName);
        Assert.Equal("Lucas, Robert E., Jr.", Lucas.DisplayName);
        Assert.Equal("lucas-re-jr", Lucas.Id);
    }

    [Theory]
    [InlineData(CitationStyle.Apa, "Ministry of Economic Affairs, Agriculture and Innovation. (2011).", "(Ministry of Economic Affairs, Agriculture and Innovation, 2011)")]
    [InlineData(CitationStyle.Chicago, "Ministry of Economic Affairs, Agriculture and Innovation. 2011.", "(Ministry of Economic Affairs, Agriculture and Innovation 2011)")]
    [InlineData(CitationStyle.Harvard, "Ministry of Economic Affairs, Agriculture and Innovation (2011).", "(Ministry of Economic Affairs, Agriculture and Innovation, 2011)")]
    public void ShouldNeverSplitACorporateAuthor(CitationStyle style, string entry, string citation)
    {
        var work = new CitedWork { Key = "mea2011", Year = 2011, Authors = CitedWork.NamesFromStored([Ministry.StoredName]) };
        var corpus = new Bibliography([work]);
        Assert.Equal(entry, corpus.Entry("mea2011", style)!.Plain);
        Assert.Equal(citation, corpus.Parenthetical([new CiteItem("mea2011")], style).Plain);
    }

    [Theory]
    [InlineData(CitationStyle.Apa, "Lucas, R. E., Jr., & Prescott, E. C. (1971).", "(Lucas & Prescott, 1971)")]
    [InlineData(CitationStyle.Chicago, "Lucas, Robert E., Jr., and Edward C. Prescott. 1971.", "(Lucas and Prescott 1971)")]
    [InlineData(CitationStyle.Harvard, "Lucas, R.E., Jr and Prescott, E.C. (1971).", "(Lucas and Prescott, 1971)")]
    public void ShouldWriteASuffixAfterTheGivenNames(CitationStyle style, string entry, string citation)
    {
        var suffix = style == CitationStyle.Harvard ? "Jr" : "Jr.";
        var work = new CitedWork { Key = "lucas1971", Year = 1971, Authors = [Lucas with { Suffix = suffix }, new PersonName("Prescott", "Edward C.")] };
        var corpus = new Bibliography([work]);
        Assert.Equal(entry, corpus.Entry("lucas1971", style)!.Plain);
        Assert.Equal(citation, corpus.Parenthetical([new CiteItem("lucas1971")], style).Plain);
    }

    [Fact]
    public void ShouldWriteASuffixAfterTheFamilyNameInDirectOrder() =>
        Assert.Equal("Roel Rutten and Robert E. Lucas Jr.", NameStyle.DirectList([new PersonName("Rutten", "Roel"), Lucas], CitationStyle.Chicago));
}
