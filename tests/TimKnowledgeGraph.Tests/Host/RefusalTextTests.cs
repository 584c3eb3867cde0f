using TimKnowledgeGraph.Host.Output;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>What a raw query's failure inside Neo4j is called: the parser hint only where Neo4j's parser failed.</summary>
public sealed class RefusalTextTests
{
    private const string Hint = "can overflow Neo4j's parser";

    [Theory]
    // As Neo4j 3.1.1 answered: 3,000 nested brackets; 20,000 terms of a sum (no message at all); a modulo by zero met while running.
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", "Error while parsing rule '<init>/OneOrMore/Statement'", true)]
    [InlineData("Neo.DatabaseError.General.UnknownError", "", true)]
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", "/ by zero", false)]
    public void The_parser_hint_comes_only_with_a_parser_failure(string code, string message, bool hinted)
    {
        var text = RefusalText.From(new Neo4jDatabaseException(code, message))!;

        Assert.Equal(502, text.Status);
        Assert.Equal(hinted, text.Sentence.Contains(Hint, StringComparison.Ordinal));
        Assert.EndsWith(".", text.Sentence);
        Assert.Contains("Nothing was changed", text.Sentence);
        Assert.DoesNotContain("<init>", text.Sentence); // the parser's rule path is Neo4j's internals
    }

    [Fact]
    public void A_parser_failure_is_said_without_the_parsers_rule_path()
    {
        // Neo4j 3.1.1's first line for `RETURN ` followed by 60,000 '-' and a 1 (cut at 300 characters by Neo4jDatabaseException).
        var failed = new Neo4jDatabaseException("Neo.DatabaseError.Statement.ExecutionFailed",
            "Error while parsing rule '<init>/OneOrMore/Statement/FirstOf/RegularQuery/SingleQuery/OneOrMore/FirstOf/RETURN/Sequence/<group>/Sequence/'*', an expression/Sequence/OneOrMore/org$neo4j$cypher$internal$frontend$v3_1$parser$Clauses$$ReturnItem/Sequence/<group>/an expression/an expression");

        var text = RefusalText.From(failed)!;

        Assert.Equal("Neo4j failed while running the query (Neo.DatabaseError.Statement.ExecutionFailed): its parser failed on the query's text. " +
            "Nothing was changed; a query nested very deeply or very long can overflow Neo4j's parser.", text.Sentence);
    }

    [Fact]
    public void A_fault_of_the_querys_own_values_is_a_400_with_Neo4js_one_line_message()
    {
        // Neo4j 3.1's answer to `MATCH (n) WHERE n.name =~ '[' RETURN n`: a DatabaseError; it was a 502 "Neo4j failed".
        var fault = Neo4jErrorMapper.Map("Neo.DatabaseError.Statement.ExecutionFailed", "Unclosed character class near index 0\n[\n^",
            "java.util.regex.PatternSyntaxException: Unclosed character class near index 0\n[\n^\n\tat java.base/java.util.regex.Pattern.error(Pattern.java:2028)");

        var text = RefusalText.From(fault)!;

        Assert.Equal(400, text.Status);
        Assert.Equal("Neo4j rejected the query (Neo.DatabaseError.Statement.ExecutionFailed): Unclosed character class near index 0", text.Sentence);
    }
}
