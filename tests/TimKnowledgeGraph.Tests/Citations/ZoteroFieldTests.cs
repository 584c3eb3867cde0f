using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Exports;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// What Zotero exports beyond the year (month and day, original date, translators, edition, a thesis's type, the access
/// date) is read from BibTeX and CSL-JSON alike, and the BibTeX and CSL-JSON exports give it back as it was read.
/// </summary>
public sealed class ZoteroFieldTests
{
    [Theory]
    [InlineData("date = {2002-03}", 2002L, 3L, null)]
    [InlineData("date = {2020-03-04}", 2020L, 3L, 4L)]
    [InlineData("date = {2020-03-04/2020-03-06}", 2020L, 3L, 4L)]
    [InlineData("date = {../2003}", 2003L, null, null)]
    [InlineData("date = {2002-21}", 2002L, null, null)] // an EDTF season: no month
    [InlineData("date = {2004?}", 2004L, null, null)]
    [InlineData("year = {2020}, month = mar", 2020L, 3L, null)]
    [InlineData("year = {2020}, month = {3}, day = {4}", 2020L, 3L, 4L)]
    [InlineData("year = {2020}, month = {March}, day = {04}", 2020L, 3L, 4L)]
    [InlineData("year = {2020}, month = \"Mar.\"", 2020L, 3L, null)]
    // biblatex: date wins over year, month and day.
    [InlineData("date = {2001-05}, year = {2020}, month = mar, day = {4}", 2001L, 5L, null)]
    public void BibTeX_dates_keep_the_month_and_day_they_give(string fields, long year, long? month, long? day)
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(BibTexReferences.Read($"@online{{k, author = {{Lee, Ann}}, {fields}}}", "r.bib", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Equal((year, month, day), (work.Year, work.Month, work.Day));
    }

    [Theory]
    [InlineData("date = {2002-13}", "date '2002-13' is not a date", 2002L, null)]
    [InlineData("date = {2021-02-29}", "date '2021-02-29' is not a date", 2021L, null)]
    [InlineData("year = {2020}, month = {13}", "month '13' is not a month", 2020L, null)]
    [InlineData("year = {2020}, month = {Marz}", "month 'Marz' is not a month", 2020L, null)]
    [InlineData("year = {2021}, month = feb, day = {29}", "day '29' is not a day of February 2021", 2021L, 2L)]
    public void A_malformed_BibTeX_date_is_a_TKG036_warning_and_keeps_what_it_can(string fields, string said, long year, long? month)
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(BibTexReferences.Read($"@online{{k, author = {{Lee, Ann}}, {fields}}}", "r.bib", sink)).Work;

        var warning = Assert.Single(sink.Items);
        Assert.Equal(("TKG036", Severity.Warning), (warning.Code, warning.Severity));
        Assert.Contains(said, warning.Message, StringComparison.Ordinal);
        Assert.Equal((year, month, (long?)null), (work.Year, work.Month, work.Day));
    }

    [Fact]
    public void BibTeX_reads_translator_origdate_edition_type_and_urldate()
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(BibTexReferences.Read("""
            @phdthesis{doe2015, author = {Doe, Jo}, translator = {Strachey, James and Tyson, Alan}, origdate = {1900-05},
              edition = {2nd}, type = {Doctoral dissertation}, urldate = {2020-03-04T10:15:00Z}, year = {2015}}
            """, "r.bib", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Equal(["Strachey, James", "Tyson, Alan"], work.Translators.Select(t => t.DisplayName));
        Assert.Equal((1900L, "2nd", "Doctoral dissertation", "2020-03-04"), (work.OriginalYear, work.Edition, work.Genre, work.Accessed));
    }

    [Fact]
    public void Csl_json_reads_date_parts_as_numbers_or_text_and_the_other_fields()
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes("""
            [{"id": "lee2019", "type": "post-weblog", "issued": {"date-parts": [["2019", "11", "2"]]},
              "original-date": {"date-parts": [[1867]]}, "accessed": {"date-parts": [[2020, 1, 15]]},
              "translator": [{"family": "Fowkes", "given": "Ben"}], "edition": 3, "genre": "Blog post"}]
            """), "r.json", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Equal((2019L, 11L, 2L), (work.Year, work.Month, work.Day));
        Assert.Equal((1867L, "3", "Blog post", "2020-01-15"), (work.OriginalYear, work.Edition, work.Genre, work.Accessed));
        Assert.Equal(["Fowkes, Ben"], work.Translators.Select(t => t.DisplayName));
    }

    [Fact]
    public void A_Csl_json_date_with_no_such_month_or_day_is_a_TKG036_warning_keeping_the_year()
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes("""
            [{"id": "k", "issued": {"date-parts": [[2011, 4, 31]]}}]
            """), "r.json", sink)).Work;

        var warning = Assert.Single(sink.Items);
        Assert.Equal("TKG036", warning.Code);
        Assert.Contains("April 2011 has no day 31", warning.Message, StringComparison.Ordinal);
        Assert.Equal((2011L, 4L, (long?)null), (work.Year, work.Month, work.Day));
    }

    private static readonly CitedWork Full = new()
    {
        Key = "freud1953", Type = "book", Title = "The interpretation of dreams", Year = 1953, Month = 3, Day = 4, OriginalYear = 1900,
        Authors = [new PersonName("Freud", "Sigmund")], Translators = [new PersonName("Strachey", "James")], Edition = "2",
        Genre = "Standard edition", Accessed = "2020-03-05", Publisher = "Hogarth Press", Url = "https://example.org/freud",
    };

    [Fact]
    public void The_BibTeX_export_writes_the_fields_and_reads_them_back_as_they_were()
    {
        var bib = BibTexWriter.Write([new ReadingListEntry(Full, [])]);
        var sink = new DiagnosticBag();
        var read = Assert.Single(BibTexReferences.Read(bib, "export.bib", sink)).Work;

        Assert.Empty(sink.Items);
        // biblatex's date with the month and day; year beside it for BibTeX.
        Assert.Contains("date = {1953-03-04}", bib, StringComparison.Ordinal);
        Assert.Contains("year = {1953}", bib, StringComparison.Ordinal);
        AssertSame(Full, read);
    }

    [Fact]
    public void The_Csl_json_export_writes_the_fields_and_reads_them_back_as_they_were()
    {
        var json = CslJsonWriter.Write([new ReadingListEntry(Full, [])]);
        var sink = new DiagnosticBag();
        var read = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes(json), "export.json", sink)).Work;

        Assert.Empty(sink.Items);
        AssertSame(Full, read);
    }

    [Fact]
    public void A_date_to_the_month_goes_out_and_back_to_the_month_in_both_exports()
    {
        // date={2002-03} came back as 2002 alone: the export wrote year only.
        var sink = new DiagnosticBag();
        var source = Assert.Single(BibTexReferences.Read("@article{k, author = {Lee, Ann}, date = {2002-03}}", "r.bib", sink)).Work;
        var entry = new ReadingListEntry(source, []);

        var viaBib = Assert.Single(BibTexReferences.Read(BibTexWriter.Write([entry]), "export.bib", sink)).Work;
        var viaCsl = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes(CslJsonWriter.Write([entry])), "export.json", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Contains("date = {2002-03}", BibTexWriter.Write([entry]), StringComparison.Ordinal);
        Assert.Equal([(2002L, 3L, (long?)null), (2002L, 3L, null)], [(viaBib.Year, viaBib.Month, viaBib.Day), (viaCsl.Year, viaCsl.Month, viaCsl.Day)]);
    }

    private static void AssertSame(CitedWork expected, CitedWork read)
    {
        Assert.Equal((expected.Year, expected.Month, expected.Day, expected.OriginalYear), (read.Year, read.Month, read.Day, read.OriginalYear));
        Assert.Equal((expected.Edition, expected.Genre, expected.Accessed), (read.Edition, read.Genre, read.Accessed));
        Assert.Equal(expected.Translators, read.Translators);
    }
}
