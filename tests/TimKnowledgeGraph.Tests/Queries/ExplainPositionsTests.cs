using TimKnowledgeGraph.Graph.ReadOnly;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// A syntax or type error found by the plan guard's EXPLAIN points where the user wrote it, not 8 columns to the right
/// (the length of "EXPLAIN "), in the position, the excerpt and the caret.
/// </summary>
public sealed class ExplainPositionsTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Theory]
    // As Neo4j 3.1.1 gave them through /api/cypher (before this correction).
    [InlineData(
        "Variable `m` not defined (line 1, column 26 (offset: 25))\n\"EXPLAIN MATCH (n) RETURN m\"\n                          ^",
        "Variable `m` not defined (line 1, column 18 (offset: 17))\n\"MATCH (n) RETURN m\"\n                  ^")]
    [InlineData(
        "Invalid input 'R': expected whitespace (line 1, column 18 (offset: 17))\n\"MATCH (n RETURN n\"\n                  ^",
        "Invalid input 'R': expected whitespace (line 1, column 10 (offset: 9))\n\"MATCH (n RETURN n\"\n          ^")]
    [InlineData(
        "Variable `m` not defined (line 2, column 8 (offset: 25))\n\"RETURN m\"\n        ^",
        "Variable `m` not defined (line 2, column 8 (offset: 17))\n\"RETURN m\"\n        ^")]
    [InlineData("step argument to range() cannot be zero", "step argument to range() cannot be zero")]
    [InlineData("odd (line x, column 3 (offset: 2))", "odd (line x, column 3 (offset: 2))")]
    [InlineData("(line 1, column 99999999999 (offset: 1))", "(line 1, column 99999999999 (offset: 1))")]
    public void Positions_count_from_the_users_text(string neo4j, string expected) =>
        Assert.Equal(expected, ExplainPositions.Correct(neo4j));

    [Fact]
    public async Task The_runner_reports_a_type_error_where_the_user_wrote_it()
    {
        var error = await Assert.ThrowsAsync<CypherSyntaxException>(() =>
            new ReadOnlyCypherRunner(Client).RunAsync("RETURN [1,2][1..'a']", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("(line 1, column 17 (offset: 16))", error.Message);
        Assert.Contains("\"RETURN [1,2][1..'a']\"", error.Message);
        Assert.DoesNotContain("EXPLAIN", error.Message);
        var lines = error.Message.Split('\n');
        Assert.Equal(17, lines[^1].IndexOf('^')); // under the quoted excerpt: column 17 of the text, after the quote
    }
}
