using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// Citations that would read the same are told apart as the styles' CSL files do it (apa.csl: add names, add given
/// names with the rule primary-name-with-initials, then year letters; chicago-author-date.csl: the same with
/// primary-name; harvard-cite-them-right.csl: by-cite), and letters follow the reference list's order.
/// </summary>
public sealed class DisambiguationTests
{
    private static CitedWork Work(string key, long? year, string? title, params (string Family, string Given)[] authors) =>
        new() { Key = key, Year = year, Title = title, Authors = [.. authors.Select(a => new PersonName(a.Family, a.Given))] };

    private static readonly CitedWork MorganK = Work("morganK2004", 2004, "Regions", ("Morgan", "Kevin"));
    private static readonly CitedWork MorganJ = Work("morganJ2004", 2004, "Cities", ("Morgan", "John"));
    private static readonly CitedWork MorganK1997 = Work("morgan1997", 1997, "The learning region", ("Morgan", "Kevin"));
    private static readonly CitedWork HenryPinch = Work("henryP2002", 2002, "Zebras", ("Henry", "Nick"), ("Pinch", "Steven"), ("Russell", "Sam"));
    private static readonly CitedWork HenryMassey = Work("henryM2002", 2002, "Apes", ("Henry", "Nick"), ("Massey", "Doreen"), ("Allen", "John"));

    private static string Cite(Bibliography corpus, CitationStyle style, params string[] keys) =>
        corpus.Parenthetical([.. keys.Select(k => new CiteItem(k))], style).Plain;

    [Theory]
    [InlineData(CitationStyle.Apa, "(J. Morgan, 2004; K. Morgan, 2004)")]
    [InlineData(CitationStyle.Chicago, "(K. Morgan 2004; J. Morgan 2004)")]
    [InlineData(CitationStyle.Harvard, "(K. Morgan, 2004; J. Morgan, 2004)")]
    public void ShouldTellAuthorsWhoShareAFamilyNameApartByInitialsNotLetters(CitationStyle style, string expected)
    {
        var corpus = new Bibliography([MorganK, MorganJ]);
        Assert.Equal(expected, Cite(corpus, style, "morganK2004", "morganJ2004"));
        Assert.Equal("", corpus.YearSuffix("morganK2004", style) + corpus.YearSuffix("morganJ2004", style));
    }

    [Theory]
    [InlineData(CitationStyle.Apa, "(K. Morgan, 1997)")]     // APA 7 §8.20: initials in every citation, whatever the year
    [InlineData(CitationStyle.Chicago, "(K. Morgan 1997)")]  // primary-name: the name is ambiguous in the document
    [InlineData(CitationStyle.Harvard, "(Morgan, 1997)")]    // by-cite: only citations that would read the same
    public void ShouldAddInitialsAsTheStylesRuleSays(CitationStyle style, string expected) =>
        Assert.Equal(expected, Cite(new Bibliography([MorganK1997, MorganJ]), style, "morgan1997"));

    [Fact]
    public void ShouldAddNamesBeforeEtAlUntilTheCitationsDiffer()
    {
        var corpus = new Bibliography([HenryPinch, HenryMassey]);
        Assert.Equal("(Henry, Massey, et al., 2002; Henry, Pinch, et al., 2002)", Cite(corpus, CitationStyle.Apa, "henryP2002", "henryM2002"));
        Assert.Equal("Henry, Pinch, et al. (2002)", corpus.Narrative(new CiteItem("henryP2002")).Plain);
        Assert.Equal("", corpus.YearSuffix("henryP2002", CitationStyle.Apa));
        // Chicago and Harvard name three authors anyway: nothing to tell apart.
        Assert.Equal("(Henry, Pinch, and Russell 2002)", Cite(corpus, CitationStyle.Chicago, "henryP2002"));
    }

    [Fact]
    public void ShouldLetterInReferenceListOrder()
    {
        // The same first author and year; the second authors differ only in given names, which APA does not add.
        var jonesB = Work("smithB2001", 2001, "Alpha", ("Smith", "Jane"), ("Jones", "Bob"));
        var jonesA = Work("smithA2001", 2001, "Zeta", ("Smith", "Jane"), ("Jones", "Ann"));
        var corpus = new Bibliography([jonesB, jonesA]);
        var list = corpus.Sorted([jonesB, jonesA], CitationStyle.Apa);
        Assert.Equal(["smithA2001", "smithB2001"], list.Select(w => w.Key));
        Assert.Equal(("a", "b"), (corpus.YearSuffix("smithA2001", CitationStyle.Apa), corpus.YearSuffix("smithB2001", CitationStyle.Apa)));
        Assert.Equal("(Smith & Jones, 2001a, 2001b)", Cite(corpus, CitationStyle.Apa, "smithB2001", "smithA2001"));
    }

    [Fact]
    public void ShouldPutUndatedWorksFirstInApaAndLastInTheOthers()
    {
        var dated = Work("massey1979", 1979, "In what sense a regional problem?", ("Massey", "Doreen"));
        var undated = Work("massey", null, "Spatial divisions", ("Massey", "Doreen"));
        var corpus = new Bibliography([dated, undated]);
        Assert.Equal("(Massey, n.d., 1979)", Cite(corpus, CitationStyle.Apa, "massey1979", "massey"));
        Assert.Equal(["massey", "massey1979"], corpus.Sorted([dated, undated], CitationStyle.Apa).Select(w => w.Key));
        Assert.Equal(["massey1979", "massey"], corpus.Sorted([dated, undated], CitationStyle.Chicago).Select(w => w.Key));
        Assert.Equal("Massey, Doreen. n.d. “Spatial Divisions.”", corpus.Entry("massey", CitationStyle.Chicago)!.Plain);
    }

    [Theory]
    [InlineData("321-328", "321–28")]
    [InlineData("71--72", "71–72")]
    [InlineData("100-104", "100–104")]
    [InlineData("107-108", "107–8")]
    [InlineData("1002-1006", "1002–6")]
    [InlineData("1087-1089", "1087–89")]
    [InlineData("1496-1504", "1496–1504")]
    [InlineData("415-532", "415–532")]
    [InlineData("11564-11568", "11564–68")]
    [InlineData("13792-13803", "13792–803")]
    [InlineData("e1234-e1240", "e1234–e1240")]
    [InlineData("45", "45")]
    [InlineData("321-328, 400-410", "321–28, 400–410")]
    public void ShouldAbbreviatePageRangesAsChicagoDoes(string pages, string expected) => Assert.Equal(expected, Ranges.Chicago(pages));

    [Theory]
    [InlineData("Territorial innovation models: a critical survey", "Territorial Innovation Models: A Critical Survey")]
    [InlineData("regional worlds of production", "Regional Worlds of Production")]
    [InlineData("The learning region: foundations, state of the art, future", "The Learning Region: Foundations, State of the Art, Future")]
    [InlineData("what the OECD and iPhone users think of", "What the OECD and iPhone Users Think Of")]
    [InlineData("self-organising networks in the knowledge-based economy", "Self-Organising Networks in the Knowledge-Based Economy")]
    [InlineData("in what sense a regional problem?", "In What Sense a Regional Problem?")]
    public void ShouldConvertTitlesToTitleCaseAsCslDoes(string title, string expected) => Assert.Equal(expected, TitleCase.Convert(title));

    // citeproc-js title-cases English items only: "Ökonomie Und Räume Der Innovation" and "Le Milieu Innovateur et La
    // Région" were German and French titles capitalised as if English.
    [Theory]
    [InlineData("ngerman", "Meier, Anna. 2001. “Ökonomie und Räume der Innovation.” Zeitschrift für Wirtschaftsgeographie.")]
    [InlineData("fr", "Meier, Anna. 2001. “Ökonomie und Räume der Innovation.” Zeitschrift für Wirtschaftsgeographie.")]
    [InlineData("en-GB", "Meier, Anna. 2001. “Ökonomie Und Räume Der Innovation.” Zeitschrift Für Wirtschaftsgeographie.")]
    [InlineData("english", "Meier, Anna. 2001. “Ökonomie Und Räume Der Innovation.” Zeitschrift Für Wirtschaftsgeographie.")]
    [InlineData(null, "Meier, Anna. 2001. “Ökonomie Und Räume Der Innovation.” Zeitschrift Für Wirtschaftsgeographie.")]
    public void ShouldSetTitleCaseInChicagoForEnglishWorksOnly(string? language, string expected)
    {
        var work = new CitedWork
        {
            Key = "meier2001", Type = "article", Year = 2001, Title = "Ökonomie und Räume der Innovation",
            Container = "Zeitschrift für Wirtschaftsgeographie", Authors = [new("Meier", "Anna")], Language = language,
        };
        Assert.Equal(expected, new Bibliography([work]).Entry(work, CitationStyle.Chicago).Plain);
    }
}
