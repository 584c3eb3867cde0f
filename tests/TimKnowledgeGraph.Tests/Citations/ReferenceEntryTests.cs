using TimKnowledgeGraph.Domain.Citations;
using static TimKnowledgeGraph.Tests.Citations.CitationWorks;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// Full reference entries, Markdown italics, against what apa.csl, chicago-author-date.csl (17th edition; titles in
/// title case, text-case="title") and harvard-cite-them-right.csl (12th) produce for the same data.
/// </summary>
public sealed class ReferenceEntryTests
{
    public static TheoryData<string, CitationStyle, string> Entries => new()
    {
        // One author, no title: only what is known.
        { "storper1993", CitationStyle.Apa, "Storper, M. (1993)." },
        { "storper1993", CitationStyle.Chicago, "Storper, Michael. 1993." },
        { "storper1993", CitationStyle.Harvard, "Storper, M. (1993)." },
        // Initials of two given names: APA spaced, Harvard closed up.
        { "asheim1996", CitationStyle.Apa, "Asheim, B. T. (1996)." },
        { "asheim1996", CitationStyle.Harvard, "Asheim, B.T. (1996)." },
        // Two authors, a book with its publisher.
        { "rutten2007book", CitationStyle.Apa, "Rutten, R., & Boekema, F. (2007). *The Learning Region: Foundations, State of the Art, Future*. Edward Elgar." },
        { "rutten2007book", CitationStyle.Chicago, "Rutten, Roel, and Frans Boekema. 2007. *The Learning Region: Foundations, State of the Art, Future*. Cheltenham: Edward Elgar." },
        { "rutten2007book", CitationStyle.Harvard, "Rutten, R. and Boekema, F. (2007) *The Learning Region: Foundations, State of the Art, Future*. Cheltenham: Edward Elgar." },
        // Three authors, title + journal volume(issue) pages + DOI.
        { "moulaert2003x", CitationStyle.Apa, "Moulaert, F., Sekia, F., & Hamdouch, A. (2003). Territorial innovation models: A critical survey. *Regional Studies*, *37*(3), 289–302. https://doi.org/10.1080/0034340032000065442" },
        { "moulaert2003x", CitationStyle.Chicago, "Moulaert, Frank, Farid Sekia, and Abdelillah Hamdouch. 2003. “Territorial Innovation Models: A Critical Survey.” *Regional Studies* 37 (3): 289–302. https://doi.org/10.1080/0034340032000065442." },
        { "moulaert2003x", CitationStyle.Harvard, "Moulaert, F., Sekia, F. and Hamdouch, A. (2003) ‘Territorial innovation models: A critical survey’, *Regional Studies*, 37(3), pp. 289–302. Available at: https://doi.org/10.1080/0034340032000065442." },
        // Twenty-one authors: APA the first 19, an ellipsis and the last; Chicago 17 the first 7 and et al.; Harvard the first and et al.
        { "many2020", CitationStyle.Apa, string.Join(", ", Enumerable.Range(1, 19).Select(i => $"Name{i:00}, A.")) + ", … Name21, A. (2020)." },
        { "many2020", CitationStyle.Chicago, "Name01, Ann, " + string.Join(", ", Enumerable.Range(2, 6).Select(i => $"Ann Name{i:00}")) + ", et al. 2020." },
        { "many2020", CitationStyle.Harvard, "Name01, A. *et al.* (2020)." },
        // A chapter in an edited book.
        { "storper2007", CitationStyle.Apa, "Storper, M. (2007). Regional worlds of production. In R. Rutten & F. Boekema (Eds.), *The Learning Region* (pp. 10–30). Edward Elgar." },
        { "storper2007", CitationStyle.Chicago, "Storper, Michael. 2007. “Regional Worlds of Production.” In *The Learning Region*, edited by Roel Rutten and Frans Boekema, 10–30. Cheltenham: Edward Elgar." },
        { "storper2007", CitationStyle.Harvard, "Storper, M. (2007) ‘Regional worlds of production’, in Rutten, R. and Boekema, F. (eds) *The Learning Region*. Cheltenham: Edward Elgar, pp. 10–30." },
        // An edited book.
        { "rutten2008eds", CitationStyle.Apa, "Rutten, R., & Boekema, F. (Eds.). (2008). *The Learning Region*. Edward Elgar." },
        { "rutten2008eds", CitationStyle.Chicago, "Rutten, Roel, and Frans Boekema, eds. 2008. *The Learning Region*. Cheltenham: Edward Elgar." },
        { "rutten2008eds", CitationStyle.Harvard, "Rutten, R. and Boekema, F. (eds) (2008) *The Learning Region*. Cheltenham: Edward Elgar." },
        // Same names, same year, twice: letters, in key order when neither has a title.
        { "butzin2001a", CitationStyle.Apa, "Butzin & Fürst. (2001a)." },
        { "butzin2001b", CitationStyle.Apa, "Butzin & Fürst. (2001b)." },
        { "butzin2001b", CitationStyle.Chicago, "Butzin and Fürst. 2001b." },
        { "butzin2001b", CitationStyle.Harvard, "Butzin and Fürst (2001b)." },
        // A corporate author.
        { "oecd2010", CitationStyle.Apa, "OECD. (2010). Regional Innovation Strategy." },
        { "oecd2010", CitationStyle.Chicago, "OECD. 2010. “Regional Innovation Strategy.”" },
        { "oecd2010", CitationStyle.Harvard, "OECD (2010) ‘Regional Innovation Strategy’." },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void ShouldFormatTheEntryAsTheStyleDoes(string key, CitationStyle style, string expected) =>
        Assert.Equal(expected, All.Entry(key, style)!.ToMarkdown());

    [Fact]
    public void ShouldNotInventWhatIsMissing()
    {
        var bare = new CitedWork { Key = "nothing" };
        Assert.Equal("(n.d.).", new Bibliography([bare]).Entry("nothing", CitationStyle.Apa)!.Plain);
        Assert.Equal("(no date).", new Bibliography([bare]).Entry("nothing", CitationStyle.Harvard)!.Plain);
        var untitledInJournal = new CitedWork { Key = "m", Type = "article", Authors = [new("Massey", "Doreen")], Title = "In what sense a regional problem", Container = "Regional Studies" };
        Assert.Equal("Massey, D. (no date) ‘In what sense a regional problem’, *Regional Studies*.",
            new Bibliography([untitledInJournal]).Entry("m", CitationStyle.Harvard)!.ToMarkdown());
        // No title: the journal follows the year directly, in every style.
        var journalOnly = new Bibliography([new CitedWork { Key = "f", Type = "article", Year = 1995, Authors = [new("Florida", "Richard")], Container = "Futures" }]);
        Assert.Equal(
            ["Florida, R. (1995). *Futures*.", "Florida, Richard. 1995. *Futures*.", "Florida, R. (1995) *Futures*."],
            CitationStyles.All.Select(style => journalOnly.Entry("f", style)!.ToMarkdown()));
    }

    [Fact]
    public void ShouldRenderHtmlEscapedWithItalics()
    {
        var work = new CitedWork { Key = "x", Type = "book", Year = 2000, Authors = [new("<b>", null)], Title = "A & <i>B</i>" };
        Assert.Equal("&lt;b&gt;. (2000). <i>A &amp; &lt;i&gt;B&lt;/i&gt;</i>.", new Bibliography([work]).Entry("x")!.ToHtml());
    }
}
