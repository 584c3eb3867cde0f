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

    private sealed record Target(string? Id, string? Label, IReadOnlyList<string> Authors);

    private sealed record Nested(string? Id, IReadOnlyList<Target> Targets, Target? Main);

    private sealed record OddTarget(string? Id, DateTime When);

    private sealed record OddNested(string? Id, IReadOnlyList<OddTarget> Count);

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
    public void Binds_maps_to_nested_records_and_lists_of_maps_to_lists_of_them_skipping_other_items()
    {
        var record = new Dictionary<string, object?>
        {
            ["id"] = "k",
            ["targets"] = new List<object?>
            {
                new Dictionary<string, object?> { ["id"] = "lr", ["label"] = "Concept", ["authors"] = new List<object?> { "Hassink", null } },
                "not a map",
                null,
                new Dictionary<string, object?> { ["label"] = 7L },
            },
            ["main"] = new Dictionary<string, object?> { ["id"] = "p1" },
        };

        var row = RowBinder.Bind<Nested>(record);

        Assert.Equal(2, row.Targets.Count);
        Assert.Equal(("lr", "Concept"), (row.Targets[0].Id, row.Targets[0].Label));
        Assert.Equal(["Hassink"], row.Targets[0].Authors);
        Assert.Equal((null, "7"), (row.Targets[1].Id, row.Targets[1].Label));
        Assert.Equal("p1", row.Main!.Id);
        var empty = RowBinder.Bind<Nested>(new Dictionary<string, object?> { ["id"] = "k", ["targets"] = "text", ["main"] = 3L });
        Assert.Empty(empty.Targets);
        Assert.Null(empty.Main);
    }

    [Fact]
    public void A_nested_record_of_an_unsupported_type_fails_the_check()
    {
        var query = QueryHeaderParser.Parse("things", Query);

        Assert.Empty(RowBinder.Check(typeof(Nested), QueryHeaderParser.Parse("nested", "// Nested.\n// @returns id, targets, main\nRETURN 1 AS id, [] AS targets, null AS main")));
        Assert.Contains(RowBinder.Check(typeof(OddNested), query), p => p.Contains("OddTarget.When is a DateTime", StringComparison.Ordinal));
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
