using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Data.Rows;
using TimKnowledgeGraph.Host.Web.Pages.References;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// A reference has one shape, <see cref="CitedWork"/>: every reader binds it from the columns of its name (the key from
/// <c>id</c>, names from their stored form), a query may leave optional fields out but never the key, and the graph
/// model declares the Reference node's properties from it.
/// </summary>
public sealed class ReferenceShapeTests
{
    private const string KeylessQuery = """
        // References without their keys.
        // @returns title, year, roles
        MATCH (r:Reference) RETURN r.title AS title, r.year AS year, [] AS roles
        """;

    [Fact]
    public void A_reading_list_row_binds_the_work_from_the_rows_own_columns_and_leaves_what_it_lacks_empty()
    {
        var record = new Dictionary<string, object?>
        {
            ["id"] = "storper1993", ["type"] = "article-journal", ["title"] = "The resurgence of regional economies", ["year"] = 1993L,
            ["authors"] = new List<object?> { "Storper, Michael", "OECD", "" }, ["container"] = null, ["doi"] = "10.1/x",
            ["url"] = null, ["roles"] = new List<object?> { "introduced", "cited" }, ["reasons"] = new List<object?>(),
        };

        var entry = RowBinder.Bind<ReadingListEntry>(record);

        Assert.Equal("storper1993", entry.Work.Key);
        Assert.Equal(1993, entry.Work.Year);
        Assert.Equal([new PersonName("Storper", "Michael"), new PersonName("OECD", null)], entry.Work.Authors);
        Assert.Empty(entry.Work.Editors);
        Assert.Null(entry.Work.Container);
        Assert.Null(entry.Work.Volume);
        Assert.Equal(WorkKind.Article, entry.Work.Kind);
        Assert.Equal(["introduced", "cited"], entry.Roles);
    }

    [Fact]
    public void A_reference_node_binds_the_same_shape_from_its_map_with_its_provenance_beside_it()
    {
        var node = new Dictionary<string, object?>
        {
            ["id"] = "rutten2007", ["title"] = "The learning region", ["year"] = 2007L, ["editors"] = new List<object?> { "Rutten, Roel", "Boekema, Frans" },
            ["pages"] = "45-67", ["sourceFile"] = "references.bib", ["sourceLine"] = 12L,
        };

        var row = RowBinder.Bind<ReferenceNodeRow>(new Dictionary<string, object?> { ["node"] = node });

        Assert.Equal("rutten2007", row.Node!.Work.Key);
        Assert.Equal([new PersonName("Rutten", "Roel"), new PersonName("Boekema", "Frans")], row.Node.Work.Editors);
        Assert.Equal("45-67", row.Node.Work.Pages);
        Assert.Equal(("references.bib", 12L), (row.Node.SourceFile, row.Node.SourceLine));
        Assert.Equal("", RowBinder.Bind<ReadingListEntry>(new Dictionary<string, object?> { ["title"] = "No key" }).Work.Key);
    }

    [Fact]
    public void Every_reference_row_matches_its_query_and_one_without_the_key_fails_the_start_up_check()
    {
        var keyless = QueryHeaderParser.Parse("keyless", KeylessQuery);

        Assert.Empty(RowBinder.Check(typeof(ReadingListEntry), QueryCatalog.Embedded.Get("reading-list")));
        Assert.Empty(RowBinder.Check(typeof(WorkRow), QueryCatalog.Embedded.Get("web-bibliography")));
        Assert.Empty(RowBinder.Check(typeof(ReferenceIndexRow), QueryCatalog.Embedded.Get("web-references")));
        RowBinder.CheckAll(QueryCatalog.Embedded, typeof(ReadingListEntry).Assembly);
        var problem = Assert.Single(RowBinder.Check(typeof(ReadingListEntry), keyless));
        Assert.Contains("CitedWork.Key from column 'id'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_node_declares_exactly_the_shapes_fields_and_its_provenance()
    {
        var declared = Shapes.NodeProperties[GraphSchema.Reference];

        Assert.Equal(
            ["id", "type", "title", "year", "authors", "editors", "container", "volume", "issue", "pages", "publisher", "place", "doi", "url", "language",
             "month", "day", "originalYear", "translators", "edition", "genre", "accessed", "caseProtected"],
            CitedWork.Columns);
        Assert.Equal([.. CitedWork.Columns, .. CommonProperties.Provenance], declared);
        Assert.DoesNotContain("kind", declared);
    }

    [Fact]
    public void The_content_loader_stores_every_field_of_the_shape_in_the_form_the_readers_bind()
    {
        var work = new CitedWork
        {
            Key = "rutten2007", Title = "The learning region", Year = 2007, Authors = [new PersonName("Rutten", "Roel"), new PersonName("OECD", null)],
            Editors = [new PersonName("Boekema", "Frans")], Pages = "45-67", Month = 3, Day = 4, OriginalYear = 1890,
            Translators = [new PersonName("Smith", "Jane")], Edition = "2", Genre = "Doctoral dissertation", Accessed = "2020-03-04",
            CaseProtected = ["OECD", "the Third Italy"],
        };

        var stored = work.StoredProperties().ToDictionary(p => p.Column, p => p.Value);
        var node = new Dictionary<string, object?>(stored) { ["id"] = work.Key };
        var bound = RowBinder.Bind<ReferenceNodeRow>(new Dictionary<string, object?> { ["node"] = node }).Node!.Work;

        Assert.Equal(CitedWork.Columns.Where(c => c != "id"), work.StoredProperties().Select(p => p.Column));
        Assert.Equal(["Rutten, Roel", "OECD"], Assert.IsType<List<string>>(stored["authors"]));
        Assert.Null(new CitedWork { Key = "k" }.StoredProperties().Single(p => p.Column == "editors").Value);
        Assert.Null(new CitedWork { Key = "k" }.StoredProperties().Single(p => p.Column == "translators").Value);
        // a record compares lists by reference
        Assert.Equal(work, bound with { Authors = work.Authors, Editors = work.Editors, Translators = work.Translators, CaseProtected = work.CaseProtected });
        Assert.Equal(work.CaseProtected, bound.CaseProtected);
        Assert.Equal(work.Authors, bound.Authors);
        Assert.Equal(work.Editors, bound.Editors);
        Assert.Equal(work.Translators, bound.Translators);
    }

    [Theory]
    [InlineData(new[] { "Hassink, Robert" }, "2007", "Hassink (2007)")]
    [InlineData(new[] { "Rutten, Roel", "Boekema, Frans" }, "2007", "Rutten and Boekema (2007)")]
    [InlineData(new[] { "Moulaert, Frank", "Sekia, Farid", "Hamdouch, Abdelillah" }, "2003", "Moulaert et al. (2003)")]
    // A corporate author is one name, not a family name to take the last word of.
    [InlineData(new[] { "Research and Development Unit" }, "2010", "Research and Development Unit (2010)")]
    [InlineData(new[] { "Hassink, Robert" }, null, "Hassink")]
    [InlineData(new string[0], "1999", "key (1999)")]
    public void Author_year_names_a_work_outside_the_corpus_as_the_formatter_does(string[] authors, string? year, string expected) =>
        Assert.Equal(expected, Bibliography.AuthorYear(authors, year, "key"));
}
