using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The <c>@split</c>/<c>@ratio</c> header lines, and how the parts' rows are put together.</summary>
public sealed class QuerySplitTests
{
    private const string Header = """
        // Counts per pair.
        // @param part int = 0  This run's part
        // @param parts int = 1  How many parts
        // @returns a, b, name, both, either, jaccard
        """;

    private static readonly QuerySplit Split = new(3, ["a", "b"], [new QueryRatio("jaccard", "both", "either")]);

    [Fact]
    public void Reads_the_split_and_its_ratios()
    {
        var query = QueryHeaderParser.Parse("q", Header + "\n// @split 3 by a, b\n// @ratio jaccard = both / either\nRETURN 1");
        Assert.Equal(3, query.Split!.Parts);
        Assert.Equal(["a", "b"], query.Split.KeyColumns);
        Assert.Equal([new QueryRatio("jaccard", "both", "either")], query.Split.Ratios);
        Assert.Null(QueryHeaderParser.Parse("q", Header + "\nRETURN 1").Split);
    }

    [Theory]
    [InlineData("// @split three by a", "should read '@split <parts> by <key column>, ...'")]
    [InlineData("// @split 3", "should read '@split <parts> by <key column>, ...'")]
    [InlineData("// @split 3 by a, c", "'c', which is not among the @returns columns")]
    [InlineData("// @split 3 by a\n// @ratio jaccard = both", "should read '@ratio <column> = <numerator> / <denominator>'")]
    [InlineData("// @split 3 by a\n// @ratio jaccard = both / all", "'all', which is not among the @returns columns")]
    [InlineData("// @ratio jaccard = both / either", "@ratio needs a @split")]
    public void Refuses_a_malformed_split(string lines, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => QueryHeaderParser.Parse("q", Header + "\n" + lines + "\nRETURN 1"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_query_declares_part_and_parts_with_the_whole_answer_as_default()
    {
        var text = Header.Replace("// @param parts int = 1", "// @param parts int = 2", StringComparison.Ordinal) + "\n// @split 3 by a\nRETURN 1";
        var error = Assert.Throws<InvalidDataException>(() => QueryHeaderParser.Parse("q", text));
        Assert.Contains("declares '@param parts int = 1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_up_the_counts_of_a_row_recomputes_its_ratios_and_orders_rows_by_key()
    {
        var part0 = Result(["y", "z", "YZ", 1L, 4L, 0.25], ["x", "y", "XY", 0L, 0L, 0.0]);
        var part1 = Result(["x", "y", "XY", 2L, 3L, 0.67], ["y", "z", "YZ", 1L, 4L, 0.25]);
        var part2 = Result(["x", "z", "XZ", 0L, 0L, 0.0]);

        var combined = QueryParts.Combine("q", Split, [part0, part1, part2]);

        Assert.Equal(part0.Columns, combined.Columns);
        Assert.Equal(
        [
            ["x", "y", "XY", 2L, 3L, 2.0 / 3.0],
            ["x", "z", "XZ", 0L, 0L, 0.0],
            ["y", "z", "YZ", 2L, 8L, 0.25],
        ], combined.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Parts_that_disagree_on_a_column_that_is_not_a_count_are_a_fault_in_the_query()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            QueryParts.Combine("q", Split, [Result(["x", "y", "XY", 1L, 1L, 1.0]), Result(["x", "y", "Xy", 1L, 1L, 1.0])]));
        Assert.Equal("query 'q': its parts disagree on 'name' for the row x/y", error.Message);
    }

    [Fact]
    public void Rows_found_in_one_part_only_are_kept_as_they_are()
    {
        var typology = new QuerySplit(2, ["region"], []);
        var combined = QueryParts.Combine("t", typology,
        [
            new CypherResult(["region", "share", "types"], [["south", 0.5, new List<object?> { "satellite-platform" }]], null),
            new CypherResult(["region", "share", "types"], [["north", 1.0, new List<object?> { "marshallian" }]], null),
        ]);
        Assert.Equal(["north", "south"], combined.Rows.Select(r => r[0]));
        Assert.Equal(0.5, combined.Rows[1][1]);
    }

    private static CypherResult Result(params object?[][] rows) =>
        new(["a", "b", "name", "both", "either", "jaccard"], rows, null);
}
