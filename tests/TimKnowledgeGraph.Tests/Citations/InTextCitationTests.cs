using TimKnowledgeGraph.Domain.Citations;
using static TimKnowledgeGraph.Tests.Citations.CitationWorks;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>In-text citations, narrative and parenthetical, per style.</summary>
public sealed class InTextCitationTests
{
    private static string Cite(CitationStyle style, params CiteItem[] items) => All.Parenthetical(items, style).ToMarkdown();

    [Theory]
    [InlineData(CitationStyle.Apa, "(Storper, 1993, p. 12)")]
    [InlineData(CitationStyle.Chicago, "(Storper 1993, 12)")]
    [InlineData(CitationStyle.Harvard, "(Storper, 1993, p. 12)")]
    public void ShouldCiteWithAPageLocator(CitationStyle style, string expected) =>
        Assert.Equal(expected, Cite(style, new CiteItem("storper1993", "p. 12")));

    [Theory]
    [InlineData(CitationStyle.Apa, "(Asheim, 1996; Morgan, 1997)")]
    [InlineData(CitationStyle.Chicago, "(Morgan 1997; Asheim 1996)")]
    [InlineData(CitationStyle.Harvard, "(Asheim, 1996; Morgan, 1997)")]
    public void ShouldOrderSeveralWorksAsTheStyleDoes(CitationStyle style, string expected) =>
        // Written Morgan first: APA sorts by name, Harvard by year, Chicago keeps the order written.
        Assert.Equal(expected, Cite(style, new CiteItem("morgan1997"), new CiteItem("asheim1996")));

    [Theory]
    [InlineData(CitationStyle.Apa, "rutten2007book", "(Rutten & Boekema, 2007)", "Rutten and Boekema (2007)")]
    [InlineData(CitationStyle.Chicago, "rutten2007book", "(Rutten and Boekema 2007)", "Rutten and Boekema (2007)")]
    [InlineData(CitationStyle.Harvard, "rutten2007book", "(Rutten and Boekema, 2007)", "Rutten and Boekema (2007)")]
    [InlineData(CitationStyle.Apa, "moulaert2003x", "(Moulaert et al., 2003)", "Moulaert et al. (2003)")]
    [InlineData(CitationStyle.Chicago, "moulaert2003x", "(Moulaert, Sekia, and Hamdouch 2003)", "Moulaert, Sekia, and Hamdouch (2003)")]
    [InlineData(CitationStyle.Harvard, "moulaert2003x", "(Moulaert, Sekia and Hamdouch, 2003)", "Moulaert, Sekia and Hamdouch (2003)")]
    [InlineData(CitationStyle.Apa, "many2020", "(Name01 et al., 2020)", "Name01 et al. (2020)")]
    [InlineData(CitationStyle.Chicago, "many2020", "(Name01 et al. 2020)", "Name01 et al. (2020)")]
    [InlineData(CitationStyle.Harvard, "many2020", "(Name01 *et al.*, 2020)", "Name01 *et al.* (2020)")]
    [InlineData(CitationStyle.Apa, "rutten2008eds", "(Rutten & Boekema, 2008)", "Rutten and Boekema (2008)")]
    public void ShouldNameAuthorsAsTheStyleDoes(CitationStyle style, string key, string parenthetical, string narrative)
    {
        Assert.Equal(parenthetical, Cite(style, new CiteItem(key)));
        Assert.Equal(narrative, All.Narrative(new CiteItem(key), style).ToMarkdown());
    }

    [Theory]
    [InlineData(CitationStyle.Apa, "(Butzin & Fürst, 2001a, 2001b)")]
    [InlineData(CitationStyle.Chicago, "(Butzin and Fürst 2001b, 2001a)")] // Chicago keeps the order written
    [InlineData(CitationStyle.Harvard, "(Butzin and Fürst, 2001a, 2001b)")]
    public void ShouldTellSameAuthorSameYearApartAndCollapseThem(CitationStyle style, string expected) =>
        Assert.Equal(expected, Cite(style, new CiteItem("butzin2001b"), new CiteItem("butzin2001a")));

    [Fact]
    public void ShouldNotLetterWorksWhoseCitationsDiffer()
    {
        Assert.Equal("", All.YearSuffix("storper1993", CitationStyle.Apa));
        Assert.Equal("", All.YearSuffix("rutten2007book", CitationStyle.Apa));
        Assert.Equal("a", All.YearSuffix("butzin2001a", CitationStyle.Apa));
        // Titles decide the letters before keys do.
        var titled = new Bibliography([SameA with { Title = "Zeta" }, SameB with { Title = "Alpha" }]);
        Assert.Equal(("b", "a"), (titled.YearSuffix("butzin2001a", CitationStyle.Apa), titled.YearSuffix("butzin2001b", CitationStyle.Apa)));
    }

    [Fact]
    public void ShouldWritePrefixesSuppressedAuthorsAndUnknownKeys()
    {
        Assert.Equal("(see Storper, 1993; 1996, Chapter 2)",
            Cite(CitationStyle.Apa, new CiteItem("storper1993", Prefix: "see"), new CiteItem("asheim1996", "ch. 2", SuppressAuthor: true)));
        Assert.Equal("(nobody2000?)", Cite(CitationStyle.Apa, new CiteItem("nobody2000")));
        Assert.Equal("Storper (1993, section 3 of the paper)", All.Narrative(new CiteItem("storper1993", "section 3 of the paper")).Plain);
    }

    [Fact]
    public void ShouldLinkEachCitedWorkInHtml()
    {
        var html = All.Parenthetical([new CiteItem("asheim1996"), new CiteItem("morgan1997", "pp. 12-14")])
            .ToHtml(key => "/references/" + key);
        Assert.Equal("(<a href=\"/references/asheim1996\">Asheim, 1996</a>; <a href=\"/references/morgan1997\">Morgan, 1997, pp. 12–14</a>)", html);
    }

    [Theory]
    [InlineData("p. 12", CitationStyle.Apa, "p. 12")]
    [InlineData("pp. 12--14", CitationStyle.Apa, "pp. 12–14")]
    [InlineData("12", CitationStyle.Harvard, "p. 12")]
    [InlineData("p. 12", CitationStyle.Chicago, "12")]
    [InlineData("chap. 2", CitationStyle.Chicago, "chap. 2")]
    [InlineData("paper, section 3", CitationStyle.Apa, "paper, section 3")]
    [InlineData("mid", CitationStyle.Apa, "mid")]
    public void ShouldReadLocatorsAsPandocDoes(string written, CitationStyle style, string expected) =>
        Assert.Equal(expected, Locator.Parse(written)!.Render(style));

    [Theory]
    [InlineData("apa", CitationStyle.Apa)]
    [InlineData("Chicago-Author-Date", CitationStyle.Chicago)]
    [InlineData("harvard-cite-them-right", CitationStyle.Harvard)]
    public void ShouldReadStyleNames(string name, CitationStyle expected)
    {
        Assert.True(CitationStyles.TryParse(name, out var style));
        Assert.Equal(expected, style);
        Assert.False(CitationStyles.TryParse("mla", out _));
    }
}
