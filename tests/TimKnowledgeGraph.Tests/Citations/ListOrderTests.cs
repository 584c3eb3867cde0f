using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Graph.Exports;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// The reference list's order and the year letters follow each style's <c>&lt;bibliography&gt;&lt;sort&gt;</c>: apa.csl
/// sorts works it dates to the day by their full date (date-sort), then by title; chicago-author-date.csl and
/// harvard-cite-them-right.csl sort by year (their date macros render the year alone), then by title.
/// </summary>
public sealed class ListOrderTests
{
    private static readonly PersonName Smith = new("Smith", "Jane");

    // Two newspaper articles of one author and year: the title order and the date order disagree.
    private static readonly Bibliography News = new(
    [
        new CitedWork { Key = "zebra", Type = "article-newspaper", Title = "Zebra crossings", Container = "The Times", Year = 2020, Month = 3, Day = 1, Authors = [Smith] },
        new CitedWork { Key = "apple", Type = "article-newspaper", Title = "Apple orchards", Container = "The Times", Year = 2020, Month = 5, Day = 2, Authors = [Smith] },
        new CitedWork { Key = "undated", Type = "webpage", Title = "About", Authors = [Smith] },
    ]);

    [Theory]
    // apa.csl: n.d. first (date-sort-group), then March before May whatever the titles.
    [InlineData(CitationStyle.Apa, new[] { "undated", "zebra", "apple" }, "2020a", "2020b")]
    // Chicago and Harvard: one year, so by title; n.d. last.
    [InlineData(CitationStyle.Chicago, new[] { "apple", "zebra", "undated" }, "2020b", "2020a")]
    [InlineData(CitationStyle.Harvard, new[] { "apple", "zebra", "undated" }, "2020b", "2020a")]
    public void Works_of_one_author_and_year_are_listed_and_lettered_in_the_styles_order(CitationStyle style, string[] order, string zebra, string apple)
    {
        Assert.Equal(order, News.Sorted(News.Works, style).Select(w => w.Key));
        Assert.Equal((zebra, apple), (News.Year(News.Get("zebra")!, style), News.Year(News.Get("apple")!, style)));
    }

    [Fact]
    public void APA_citations_follow_the_same_order_and_letters()
    {
        Assert.Equal("(Smith, n.d., 2020a, 2020b)",
            News.Parenthetical([new CiteItem("apple"), new CiteItem("zebra"), new CiteItem("undated")], CitationStyle.Apa).Plain);
    }

    [Fact]
    public void Journal_articles_sort_by_year_then_title_in_APA_too()
    {
        // apa.csl's date-sort renders the year alone for article-journal, book, chapter, report and thesis: a month given
        // in the source does not reorder them.
        var works = new Bibliography(
        [
            new CitedWork { Key = "late", Type = "article-journal", Title = "Agglomeration", Year = 2020, Month = 11, Authors = [Smith] },
            new CitedWork { Key = "early", Type = "article-journal", Title = "Proximity", Year = 2020, Month = 1, Authors = [Smith] },
        ]);

        Assert.Equal(["late", "early"], works.Sorted(works.Works, CitationStyle.Apa).Select(w => w.Key));
        Assert.Equal("2020a", works.Year(works.Get("late")!, CitationStyle.Apa));
    }

    [Fact]
    public void A_date_to_the_month_sorts_before_a_day_of_that_month_as_CSL_pads_missing_parts_with_zeros()
    {
        var works = new Bibliography(
        [
            new CitedWork { Key = "day", Type = "post-weblog", Title = "A", Year = 2020, Month = 3, Day = 4, Authors = [Smith] },
            new CitedWork { Key = "month", Type = "post-weblog", Title = "B", Year = 2020, Month = 3, Authors = [Smith] },
            new CitedWork { Key = "year", Type = "post-weblog", Title = "C", Year = 2020, Authors = [Smith] },
        ]);

        Assert.Equal(["year", "month", "day"], works.Sorted(works.Works, CitationStyle.Apa).Select(w => w.Key));
    }

    [Fact]
    public void The_concept_pages_reading_list_keeps_the_years_and_letters_in_order()
    {
        // The query gives year then key: "apple" before "zebra", that is 2020b before 2020a.
        ReadingListEntry[] rows = [.. new[] { "undated", "apple", "zebra" }.Select(k => new ReadingListEntry(News.Get(k)!, []))];
        rows = [rows[1], rows[2], rows[0]];

        Assert.Equal(["zebra", "apple", "undated"], ReadingListOrder.Chronological(rows, News).Select(r => r.Work.Key));
    }
}
