using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// Entries with what Zotero exports beyond the year, against what apa.csl (APA 7th), chicago-author-date.csl (17th) and
/// harvard-cite-them-right.csl print for the same data (the rules and their sources: <c>EntryDetails</c>): the month
/// and day of a newspaper article, translators, original dates, editions, a thesis's kind, access dates.
/// </summary>
public sealed class ZoteroEntryTests
{
    private static readonly Bibliography Works = new(
    [
        new CitedWork
        {
            Key = "smith2020", Type = "article-newspaper", Title = "Regions after the crisis", Container = "The Guardian", Year = 2020, Month = 3, Day = 4,
            Authors = [new PersonName("Smith", "Jane")], Url = "https://example.org/a", Accessed = "2020-03-05",
        },
        new CitedWork
        {
            Key = "times2021", Type = "article-newspaper", Title = "Ports", Container = "The Times", Volume = "12", Issue = "3", Pages = "5", Year = 2021,
            Month = 5, Day = 9, Authors = [new PersonName("Ward", "Kim")],
        },
        new CitedWork
        {
            Key = "talk2019", Type = "paper-conference", Title = "Smart specialisation", Container = "RSA Annual Conference", Year = 2019, Month = 6, Day = 12,
            Authors = [new PersonName("Park", "Soo")],
        },
        new CitedWork
        {
            Key = "proc2018", Type = "paper-conference", Title = "Regional policy", Container = "RSA Proceedings", Pages = "4", Year = 2018, Month = 6, Day = 12,
            Authors = [new PersonName("Park", "Soo")],
        },
        new CitedWork
        {
            Key = "asheim2020", Type = "article-journal", Title = "Learning regions", Container = "Regional Studies", Volume = "54", Year = 2020, Month = 3, Day = 4,
            Authors = [new PersonName("Asheim", "Bjørn")],
        },
        new CitedWork
        {
            Key = "freud1953", Type = "book", Title = "The interpretation of dreams", Year = 1953, OriginalYear = 1900, Edition = "2",
            Authors = [new PersonName("Freud", "Sigmund")], Translators = [new PersonName("Strachey", "James")], Publisher = "Hogarth Press", Place = "London",
        },
        new CitedWork
        {
            Key = "marx1976", Type = "book", Title = "Capital", Year = 1976, Edition = "revised", Authors = [new PersonName("Marx", "Karl")], Publisher = "Penguin",
        },
        new CitedWork { Key = "doe2015", Type = "phdthesis", Title = "Learning regions in practice", Year = 2015, Authors = [new PersonName("Doe", "Jo")], Publisher = "Utrecht University" },
        new CitedWork
        {
            Key = "kim2018", Type = "thesis", Genre = "Master's thesis", Title = "Milieux", Year = 2018, Authors = [new PersonName("Kim", "Min")], Publisher = "Lund University",
        },
        new CitedWork
        {
            Key = "eu", Type = "webpage", Title = "Regional policy", Authors = [new PersonName(null, null, "European Commission")], Url = "https://example.org/eu",
            Accessed = "2020-03-04",
        },
        new CitedWork
        {
            Key = "storper2007", Type = "incollection", Title = "Regional worlds", Container = "The Learning Region", Year = 2007, Edition = "3rd", Pages = "10--30",
            Authors = [new PersonName("Storper", "Michael")], Editors = [new PersonName("Rutten", "Roel")], Publisher = "Edward Elgar",
        },
    ]);

    public static TheoryData<string, CitationStyle, string> Entries => new()
    {
        // Dated to the day: a newspaper article (APA §9.14: "(2020, March 4)"; Chicago after the paper in full; Harvard "4 March").
        { "smith2020", CitationStyle.Apa, "Smith, J. (2020, March 4). Regions after the crisis. *The Guardian*. https://example.org/a" },
        { "smith2020", CitationStyle.Chicago, "Smith, Jane. 2020. “Regions after the Crisis.” *The Guardian*, March 4, 2020. https://example.org/a." },
        { "smith2020", CitationStyle.Harvard, "Smith, J. (2020) ‘Regions after the crisis’, *The Guardian*, 4 March. Available at: https://example.org/a (Accessed: 5 March 2020)." },
        // apa.csl dates a paper presented (no editor, issue, page or volume) to the day, one in proceedings to the year;
        // without editors, the conference is set as a journal is, with no "In".
        { "talk2019", CitationStyle.Apa, "Park, S. (2019, June 12). Smart specialisation. *RSA Annual Conference*." },
        { "proc2018", CitationStyle.Apa, "Park, S. (2018). Regional policy. *RSA Proceedings*, 4." },
        // Harvard's published-date macro comes after volume(issue) and before the pages.
        { "times2021", CitationStyle.Harvard, "Ward, K. (2021) ‘Ports’, *The Times*, 12(3), 9 May, p. 5." },
        // A journal article keeps the year alone in every style, whatever day it gives.
        { "asheim2020", CitationStyle.Apa, "Asheim, B. (2020). Learning regions. *Regional Studies*, *54*." },
        { "asheim2020", CitationStyle.Chicago, "Asheim, Bjørn. 2020. “Learning Regions.” *Regional Studies* 54." },
        { "asheim2020", CitationStyle.Harvard, "Asheim, B. (2020) ‘Learning regions’, *Regional Studies*, 54." },
        // A translation of a second edition, first published in 1900.
        { "freud1953", CitationStyle.Apa, "Freud, S. (1953). *The interpretation of dreams* (J. Strachey, Trans.; 2nd ed.). Hogarth Press. (Original work published 1900)" },
        { "freud1953", CitationStyle.Chicago, "Freud, Sigmund. (1900) 1953. *The Interpretation of Dreams*. Translated by James Strachey. 2nd ed. London: Hogarth Press." },
        { "freud1953", CitationStyle.Harvard, "Freud, S. (1953) *The interpretation of dreams*. 2nd edn. Translated by J. Strachey. London: Hogarth Press." },
        // An edition that is no number is printed as written (Chicago capitalised).
        { "marx1976", CitationStyle.Apa, "Marx, K. (1976). *Capital* (revised). Penguin." },
        { "marx1976", CitationStyle.Chicago, "Marx, Karl. 1976. *Capital*. Revised. Penguin." },
        { "marx1976", CitationStyle.Harvard, "Marx, K. (1976) *Capital*. revised. Penguin." },
        // Theses: the kind from the BibTeX entry type or CSL's genre, with the university.
        // apa.csl: an unpublished thesis (no archive, DOI or URL) has its university after the brackets (APA 7 §10.6).
        { "doe2015", CitationStyle.Apa, "Doe, J. (2015). *Learning regions in practice* [Doctoral dissertation]. Utrecht University." },
        // chicago-author-date.csl quotes a thesis's title (its title macro italicises books, not theses).
        { "doe2015", CitationStyle.Chicago, "Doe, Jo. 2015. “Learning Regions in Practice.” Doctoral dissertation, Utrecht University." },
        { "doe2015", CitationStyle.Harvard, "Doe, J. (2015) *Learning regions in practice*. Doctoral dissertation. Utrecht University." },
        { "kim2018", CitationStyle.Apa, "Kim, M. (2018). *Milieux* [Master's thesis]. Lund University." },
        // No date: Chicago prints the access date before the link, Harvard after the URL, APA never.
        // apa.csl's source-DOI-URL: no date, a URL and an access date give "Retrieved …, from".
        { "eu", CitationStyle.Apa, "European Commission. (n.d.). *Regional policy*. Retrieved March 4, 2020, from https://example.org/eu" },
        { "eu", CitationStyle.Chicago, "European Commission. n.d. “Regional Policy.” Accessed March 4, 2020. https://example.org/eu." },
        { "eu", CitationStyle.Harvard, "European Commission (no date) *Regional policy*. Available at: https://example.org/eu (Accessed: 4 March 2020)." },
        // A chapter's edition is its book's: APA in the book's parenthesis with the pages, Chicago after the book.
        { "storper2007", CitationStyle.Apa, "Storper, M. (2007). Regional worlds. In R. Rutten (Ed.), *The Learning Region* (3rd ed., pp. 10–30). Edward Elgar." },
        { "storper2007", CitationStyle.Chicago, "Storper, Michael. 2007. “Regional Worlds.” In *The Learning Region*, edited by Roel Rutten, 10–30. 3rd ed. Edward Elgar." },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_entry_prints_what_the_style_prints(string key, CitationStyle style, string expected) =>
        Assert.Equal(expected, Works.Entry(key, style)!.ToMarkdown());

    [Fact]
    public void A_citation_of_a_translation_gives_both_years_in_APA_and_Chicago_and_the_year_alone_in_Harvard()
    {
        // apa.csl: "(Freud, 1900/1953)", APA 7 §8.15; chicago-author-date.csl's date-inline: "(Freud [1900] 1953)".
        Assert.Equal("(Freud, 1900/1953)", Works.Parenthetical([new CiteItem("freud1953")], CitationStyle.Apa).Plain);
        Assert.Equal("Freud (1900/1953, p. 12)", Works.Narrative(new CiteItem("freud1953", Locator: "p. 12"), CitationStyle.Apa).Plain);
        Assert.Equal("(Freud [1900] 1953)", Works.Parenthetical([new CiteItem("freud1953")], CitationStyle.Chicago).Plain);
        Assert.Equal("(Freud, 1953)", Works.Parenthetical([new CiteItem("freud1953")], CitationStyle.Harvard).Plain);
    }

    [Theory]
    [InlineData("2", "2nd ed.")]
    [InlineData("2nd", "2nd ed.")]
    [InlineData("1", "1st ed.")]
    [InlineData("3", "3rd ed.")]
    [InlineData("11", "11th ed.")]
    [InlineData("22", "22nd ed.")]
    [InlineData("113", "113th ed.")]
    [InlineData("Second", "Second")]
    public void A_numeric_edition_is_an_ordinal_as_citeproc_takes_it(string edition, string expected) =>
        Assert.Equal($"Marx, K. (1976). *Capital* ({expected}). Penguin.",
            new Bibliography([Works.Get("marx1976")! with { Edition = edition }]).Entry("marx1976", CitationStyle.Apa)!.ToMarkdown());

    private static readonly Bibliography Particles = new(
    [
        new CitedWork { Key = "linde2005", Year = 2005, Authors = [new PersonName("van der Linde", "Claas")] },
        new CitedWork { Key = "gaulle1954", Year = 1954, Authors = [new PersonName("de Gaulle", "Charles")] },
        new CitedWork { Key = "mason2001", Year = 2001, Authors = [new PersonName("Mason", "Colin")] },
        new CitedWork { Key = "wolfe1999", Year = 1999, Authors = [new PersonName("Wolfe", "David")] },
    ]);

    [Theory]
    // apa.csl demote-non-dropping-particle="never": the particle leads, and sorts under V and D.
    [InlineData(CitationStyle.Apa, "linde2005", "van der Linde, C. (2005).", new[] { "gaulle1954", "mason2001", "linde2005", "wolfe1999" })]
    // chicago-author-date.csl "display-and-sort": behind the given names, sorted under L and G.
    [InlineData(CitationStyle.Chicago, "linde2005", "Linde, Claas van der. 2005.", new[] { "gaulle1954", "linde2005", "mason2001", "wolfe1999" })]
    // harvard-cite-them-right.csl "sort-only": printed as APA prints it, sorted as Chicago sorts it.
    [InlineData(CitationStyle.Harvard, "linde2005", "van der Linde, C. (2005).", new[] { "gaulle1954", "linde2005", "mason2001", "wolfe1999" })]
    [InlineData(CitationStyle.Chicago, "gaulle1954", "Gaulle, Charles de. 1954.", new[] { "gaulle1954", "linde2005", "mason2001", "wolfe1999" })]
    public void A_particle_is_printed_and_sorted_as_the_style_demotes_it(CitationStyle style, string key, string entry, string[] order)
    {
        Assert.Equal(entry, Particles.Entry(key, style)!.Plain);
        Assert.Equal(order, Particles.Sorted(Particles.Works, style).Select(w => w.Key));
    }

    [Fact]
    public void An_in_text_citation_keeps_the_particle_in_every_style()
    {
        Assert.Equal(
            ["(van der Linde, 2005)", "(van der Linde 2005)", "(van der Linde, 2005)"],
            CitationStyles.All.Select(style => Particles.Parenthetical([new CiteItem("linde2005")], style).Plain));
    }
}
