using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host;
using TimKnowledgeGraph.Host.Web.Pages.Concepts;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Typed rows are bound by column name, and a row that names a column its query does not declare fails the start-up check.</summary>
public sealed class RowBinderTests
{
    private const string Query = """
        // Things with a count.
        // @param id string  The id
        // @returns id, name, count
        MATCH (n {id: $id}) RETURN n.id AS id, n.name AS name, 1 AS count
        """;

    private sealed record Thing(string? Id, string? Name, long? Count);

    private sealed record RenamedThing(string? Id, string? Title, long? Count);

    private sealed record OddThing(string? Id, DateTime Count);

    [Fact]
    public void Binds_by_column_name_whatever_the_order_and_forgives_missing_values()
    {
        var record = new Dictionary<string, object?> { ["count"] = 3L, ["name"] = "Learning region", ["id"] = "learning-region" };

        Assert.Equal(new Thing("learning-region", "Learning region", 3), RowBinder.Bind<Thing>(record));
        Assert.Equal(new Thing("x", null, null), RowBinder.Bind<Thing>(new Dictionary<string, object?> { ["id"] = "x", ["count"] = "three" }));
    }

    [Fact]
    public void Converts_numbers_to_text_and_lists_of_values_to_lists_of_text()
    {
        var row = RowBinder.Bind<ConceptRow>(new Dictionary<string, object?> { ["id"] = "lr", ["year"] = 1993L, ["critiques"] = 2.0 });

        Assert.Equal("1993", row.Year);
        Assert.Equal(2, row.Critiques);
    }

    [Fact]
    public void A_renamed_column_is_reported_with_the_file_and_line_of_the_returns_header()
    {
        var query = QueryHeaderParser.Parse("things", Query);

        Assert.Empty(RowBinder.Check(typeof(Thing), query));
        var problem = Assert.Single(RowBinder.Check(typeof(RenamedThing), query));
        Assert.StartsWith("cypher/things.cypher:3: RenamedThing.Title reads column 'title'", problem);
        Assert.Contains(RowBinder.Check(typeof(OddThing), query), p => p.Contains("OddThing.Count is a DateTime", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_typed_row_of_the_host_matches_its_query()
    {
        // What WebApp runs at start-up: it throws when any row and its query disagree.
        RowBinder.CheckAll(QueryCatalog.Embedded, typeof(WebApp).Assembly);
        Assert.Empty(RowBinder.Check(typeof(ConceptRow), QueryCatalog.Embedded.Get("web-concepts")));
        Assert.NotEmpty(RowBinder.Check(typeof(RenamedThing), QueryCatalog.Embedded.Get("web-concepts")));
    }
}
