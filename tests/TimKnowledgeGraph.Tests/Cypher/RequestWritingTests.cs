using System.Text;
using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Tests.Cypher;

public class RequestWritingTests
{
    private static JsonElement Write(params CypherStatement[] statements) =>
        JsonDocument.Parse(TransactionRequest.Write(statements)).RootElement;

    [Fact]
    public void ShouldAskForRowsAndStatsForEveryStatement()
    {
        var statement = Write(new CypherStatement("RETURN 1")).GetProperty("statements")[0];

        Assert.Equal("RETURN 1", statement.GetProperty("statement").GetString());
        Assert.True(statement.GetProperty("includeStats").GetBoolean());
        Assert.Equal("row", statement.GetProperty("resultDataContents")[0].GetString());
    }

    [Fact]
    public void ShouldHonourIncludeStatsFalse()
    {
        var statement = Write(new CypherStatement("RETURN 1") { IncludeStats = false }).GetProperty("statements")[0];

        Assert.False(statement.GetProperty("includeStats").GetBoolean());
    }

    [Fact]
    public void ShouldSendSeveralStatementsInOrderInOneRequest()
    {
        var statements = Write(new CypherStatement("RETURN 1"), new CypherStatement("RETURN 2")).GetProperty("statements");

        Assert.Equal(["RETURN 1", "RETURN 2"], statements.EnumerateArray().Select(s => s.GetProperty("statement").GetString()));
    }

    [Fact]
    public void ShouldSerialiseNestedParametersAsJsonMapsAndArrays()
    {
        var rows = new List<object?>
        {
            new Dictionary<string, object?> { ["id"] = "c1", ["tags"] = new[] { "a", "b" }, ["weight"] = 0.5, ["note"] = null },
        };
        var statement = CypherStatement.Of("UNWIND $rows AS r RETURN r", ("rows", rows), ("big", 9007199254740993L), ("flag", true));

        var parameters = Write(statement).GetProperty("statements")[0].GetProperty("parameters");

        var row = parameters.GetProperty("rows")[0];
        Assert.Equal("c1", row.GetProperty("id").GetString());
        Assert.Equal("b", row.GetProperty("tags")[1].GetString());
        Assert.Equal(0.5, row.GetProperty("weight").GetDouble());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("note").ValueKind);
        Assert.Equal(9007199254740993L, parameters.GetProperty("big").GetInt64());
        Assert.True(parameters.GetProperty("flag").GetBoolean());
    }

    [Fact]
    public void ShouldKeepUserTextInParametersVerbatim()
    {
        const string hostile = "\"}]} MATCH (n) DETACH DELETE n //";

        var json = Encoding.UTF8.GetString(TransactionRequest.Write([CypherStatement.Of("RETURN $t", ("t", hostile))]));

        Assert.Equal(hostile, JsonDocument.Parse(json).RootElement.GetProperty("statements")[0].GetProperty("parameters").GetProperty("t").GetString());
    }
}
