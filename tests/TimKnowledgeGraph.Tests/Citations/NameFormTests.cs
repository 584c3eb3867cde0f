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

    // "and others" (Google Scholar's exports end long lists with it) was dropped: two names read as the whole list,
    // "(Müller & Dupré, 2002)". The list goes on, so its last name is unknown: "et al." where the rest would be, as
    // biblatex prints a list with more names than given (moreauthor).
    [Theory]
    [InlineData(CitationStyle.Apa, "Müller, J., Dupré, A., et al. (2002).", "(Müller et al., 2002)", "Müller et al. (2002)")]
    [InlineData(CitationStyle.Chicago, "Müller, Jörg, André Dupré, et al. 2002.", "(Müller et al. 2002)", "Müller et al. (2002)")]
    [InlineData(CitationStyle.Harvard, "Müller, J., Dupré, A. et al. (2002).", "(Müller et al., 2002)", "Müller et al. (2002)")]
    public void ShouldWriteEtAlWhereANameListEndsInAndOthers(CitationStyle style, string entry, string parenthetical, string narrative)
    {
        var names = BibTexNames.Parse(@"M{\""u}ller, J{\""o}rg and Dupr\'{e}, Andr{\'e} and others");
        Assert.Equal(["Müller, Jörg", "Dupré, André", "others"], names.Select(n => n.DisplayName));
        var work = new CitedWork { Key = "mueller2002", Year = 2002, Authors = CitedWork.NamesFromStored(names.Select(n => n.StoredName)) };
        var corpus = new Bibliography([work]);

        Assert.Equal(entry, corpus.Entry("mueller2002", style)!.Plain);
        Assert.Equal(parenthetical, corpus.Parenthetical([new CiteItem("mueller2002")], style).Plain);
        Assert.Equal(narrative, corpus.Narrative(new CiteItem("mueller2002"), style).Plain);
    }

    [Fact]
    public void ShouldKeepAndOthersOnlyWhereItEndsAListOfNames()
    {
        Assert.Equal(["Huang, Kexin", "others"], BibTexNames.Parse("Huang, Kexin and others").Select(n => n.DisplayName));
        Assert.Equal(["Huang, Kexin", "Li, Wei"], BibTexNames.Parse("Huang, Kexin and others and Li, Wei").Select(n => n.DisplayName));
        Assert.Empty(BibTexNames.Parse("others"));
        // A corporate author called "others" (in braces) stays a name, and is stored so as to read back as one.
        var literal = Assert.Single(BibTexNames.Parse("{others}"));
        Assert.False(literal.IsOthers);
        Assert.False(PersonName.FromStored(literal.StoredName).IsOthers);
        Assert.True(PersonName.FromStored(PersonName.Others.StoredName).IsOthers);
    }

    [Fact]
    public void ShouldTellTwoWorksApartByTheNamesBeforeEtAlWhenAListEndsInAndOthers()
    {
        var a = new CitedWork { Key = "a", Year = 2002, Authors = [new("Henry", "Nick"), new("Pinch", "Steven"), PersonName.Others] };
        var b = new CitedWork { Key = "b", Year = 2002, Authors = [new("Henry", "Nick"), new("Massey", "Doreen"), new("Allen", "John")] };
        var corpus = new Bibliography([a, b]);

        Assert.Equal("(Henry, Pinch, et al., 2002)", corpus.Parenthetical([new CiteItem("a")], CitationStyle.Apa).Plain);
        Assert.Equal("(Henry, Massey, et al., 2002)", corpus.Parenthetical([new CiteItem("b")], CitationStyle.Apa).Plain);
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
