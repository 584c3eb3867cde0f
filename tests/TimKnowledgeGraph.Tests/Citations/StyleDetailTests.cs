using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// Rules of the CSL files checked one by one: APA's retrieval date (apa.csl's source-DOI-URL macro), Chicago's quoted
/// thesis and report titles (chicago-author-date.csl's title macro), APA's published and unpublished theses
/// (description-thesis, source-publisher), Harvard's translators of a chapter (harvard-cite-them-right.csl's editor
/// macro).
/// </summary>
public sealed class StyleDetailTests
{
    private static readonly CitedWork Page = new()
    {
        Key = "oecd", Type = "webpage", Title = "Regional innovation", Authors = [new PersonName(null, null, "OECD")],
        Url = "https://example.org/ri", Accessed = "2021-11-02",
    };

    [Fact]
    public void APA_prints_the_retrieval_date_of_an_undated_work_read_at_a_URL() =>
        Assert.Equal("OECD. (n.d.). *Regional innovation*. Retrieved November 2, 2021, from https://example.org/ri", Apa(Page));

    [Theory]
    // Any type: the macro tests the variables only.
    [InlineData("report")]
    [InlineData("article-journal")]
    public void The_retrieval_date_does_not_depend_on_the_type(string type) =>
        Assert.Contains("Retrieved November 2, 2021, from https://example.org/ri", Apa(Page with { Type = type }), StringComparison.Ordinal);

    [Fact]
    public void A_dated_work_a_DOI_or_no_access_date_gives_no_retrieval_date()
    {
        Assert.EndsWith("*Regional innovation*. https://example.org/ri", Apa(Page with { Year = 2021 }), StringComparison.Ordinal);
        Assert.EndsWith("https://doi.org/10.1/x", Apa(Page with { Doi = "10.1/x" }), StringComparison.Ordinal);
        Assert.EndsWith("*Regional innovation*. https://example.org/ri", Apa(Page with { Accessed = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_date_to_the_month_is_printed_to_the_month() =>
        Assert.Contains("Retrieved November 2021, from", Apa(Page with { Accessed = "2021-11" }), StringComparison.Ordinal);

    [Theory]
    [InlineData("thesis", "Doe, Jo. 2015. “Learning Regions.” Utrecht University.")]
    [InlineData("mastersthesis", "Doe, Jo. 2015. “Learning Regions.” Master’s thesis, Utrecht University.")]
    [InlineData("techreport", "Doe, Jo. 2015. “Learning Regions.” Utrecht: Utrecht University.")]
    [InlineData("book", "Doe, Jo. 2015. *Learning Regions*. Utrecht: Utrecht University.")]
    public void Chicago_quotes_the_title_of_a_thesis_or_report_and_italicises_a_book(string type, string expected) =>
        Assert.Equal(expected.Replace("Master’s", "Master's", StringComparison.Ordinal), Bibliography([Thesis with { Type = type }]).Entry("doe2015", CitationStyle.Chicago)!.ToMarkdown());

    private static readonly CitedWork Thesis = new()
    {
        Key = "doe2015", Type = "phdthesis", Title = "Learning regions", Year = 2015, Authors = [new PersonName("Doe", "Jo")],
        Publisher = "Utrecht University", Place = "Utrecht",
    };

    [Fact]
    public void APA_puts_the_university_of_a_published_thesis_in_its_brackets() =>
        Assert.Equal("Doe, J. (2015). *Learning regions* [Doctoral dissertation, Utrecht University]. https://example.org/t",
            Apa(Thesis with { Url = "https://example.org/t" }));

    private static readonly CitedWork Chapter = new()
    {
        Key = "weber1991", Type = "incollection", Title = "Science as a vocation", Container = "From Max Weber", Year = 1991,
        Authors = [new PersonName("Weber", "Max")], Editors = [new PersonName("Gerth", "Hans")], Translators = [new PersonName("Mills", "Charles Wright")],
        Publisher = "Routledge", Place = "London", Pages = "129-156",
    };

    [Fact]
    public void Harvard_names_a_chapters_translators_with_its_books_editors() =>
        Assert.Equal("Weber, M. (1991) ‘Science as a vocation’, in Gerth, H. (ed.), Mills, C.W. (trans.) *From Max Weber*. London: Routledge, pp. 129–156.",
            Bibliography([Chapter]).Entry("weber1991", CitationStyle.Harvard)!.ToMarkdown());

    [Fact]
    public void Harvard_lists_three_editors_in_sort_order_with_a_comma_before_and() =>
        Assert.Contains("in Gerth, H., Mills, C.W., and Weber, M. (eds) *From Max Weber*",
            Bibliography([Chapter with { Translators = [], Editors = [new("Gerth", "Hans"), new("Mills", "Charles Wright"), new("Weber", "Marianne")] }])
                .Entry("weber1991", CitationStyle.Harvard)!.ToMarkdown(), StringComparison.Ordinal);

    [Fact]
    public void Harvard_names_a_chapters_translators_without_editors_too() =>
        Assert.Contains("in Mills, C.W. (trans.) *From Max Weber*", Bibliography([Chapter with { Editors = [] }]).Entry("weber1991", CitationStyle.Harvard)!.ToMarkdown(),
            StringComparison.Ordinal);

    [Fact]
    public void Chicago_names_a_chapters_translators_after_its_books_editors() =>
        Assert.Equal("Weber, Max. 1991. “Science as a Vocation.” In *From Max Weber*, edited by Hans Gerth, translated by Charles Wright Mills, 129–56. London: Routledge.",
            Bibliography([Chapter]).Entry("weber1991", CitationStyle.Chicago)!.ToMarkdown());

    [Fact]
    public void Harvard_keeps_translated_by_for_a_book() =>
        Assert.Contains("*From Max Weber*. Translated by C.W. Mills. London: Routledge",
            Bibliography([Chapter with { Type = "book", Title = "From Max Weber", Container = null, Editors = [], Pages = null }]).Entry("weber1991", CitationStyle.Harvard)!.ToMarkdown(),
            StringComparison.Ordinal);

    private static Bibliography Bibliography(IEnumerable<CitedWork> works) => new(works);

    private static string Apa(CitedWork work) => Bibliography([work]).Entry(work.Key, CitationStyle.Apa)!.ToMarkdown();
}
