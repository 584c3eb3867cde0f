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
    }
}
