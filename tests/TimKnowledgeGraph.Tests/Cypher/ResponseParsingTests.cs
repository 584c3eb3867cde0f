using System.Text;
using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Tests.Cypher;

public class ResponseParsingTests
{
    private static async Task<TransactionResponse> ParseAsync(string json)
    {
        // The client streams; so does the test, through the same deserializer call.
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return (await JsonSerializer.DeserializeAsync<TransactionResponse>(stream))!;
    }

    private static async Task<CypherResult> FirstResultAsync(string json) => (await ParseAsync(json)).Results[0].ToResult();

    [Fact]
    public async Task ShouldReadScalarsAsPlainDotNetValues()
    {
        var result = await FirstResultAsync(RealResponses.Rows);

        Assert.Equal(["i", "d", "n", "b", "s", "l", "m", "big"], result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.IsType<long>(row[0]);
        Assert.Equal(1L, row[0]);
        Assert.IsType<double>(row[1]);
        Assert.Equal(2.5, row[1]);
        Assert.Null(row[2]);
        Assert.Equal(true, row[3]);
        Assert.Equal("s", row[4]);
    }

    [Fact]
    public async Task ShouldKeepIntegersBeyondDoublePrecisionExact()
    {
        var row = (await FirstResultAsync(RealResponses.Rows)).Rows[0];

        Assert.Equal(9007199254740993L, row[7]);
    }

    [Fact]
    public async Task ShouldReadNestedListsAndMapsWithNulls()
    {
        var row = (await FirstResultAsync(RealResponses.Rows)).Rows[0];

        var list = Assert.IsType<List<object?>>(row[5]);
        Assert.Equal(1L, list[0]);
        Assert.Equal("a", list[1]);
        Assert.Null(list[2]);
        // 2.0 is written with a fraction by Neo4j, so it stays a double even though it is whole.
        Assert.Equal(2.0, Assert.IsType<double>(Assert.IsType<List<object?>>(list[3])[0]));

        var map = Assert.IsType<Dictionary<string, object?>>(row[6]);
        Assert.Equal(1L, map["k"]);
        var inner = Assert.IsType<Dictionary<string, object?>>(map["m"]);
        Assert.True(inner.ContainsKey("x"));
        Assert.Null(inner["x"]);
        Assert.Equal([true], Assert.IsType<List<object?>>(inner["y"]));
    }

    [Fact]
    public async Task ShouldNotIndexRowsByMetaWhenMetaIsLongerThanColumns()
    {
        // In the real 3.1 body meta has 13 entries for 8 columns (nested values get their own entries).
        var result = await FirstResultAsync(RealResponses.Rows);

        Assert.Equal(8, result.Rows[0].Count);
        Assert.Equal(9007199254740993L, result.Records().Single()["big"]);
    }

    [Fact]
    public async Task ShouldReadNodesAsTheirPropertyMaps()
    {
        var result = await FirstResultAsync(RealResponses.CreateInTransaction);

        var node = Assert.IsType<Dictionary<string, object?>>(result.Rows[0][0]);
        Assert.Equal(1L, node["id"]);
        Assert.Equal(true, node["tkgTest"]);
    }

    [Fact]
    public async Task ShouldReadUpdateStatistics()
    {
        var stats = (await FirstResultAsync(RealResponses.CreateInTransaction)).Stats;

        Assert.NotNull(stats);
        Assert.True(stats.ContainsUpdates);
        Assert.Equal(1, stats.NodesCreated);
        Assert.Equal(2, stats.PropertiesSet);
        Assert.Equal(1, stats.LabelsAdded);
        Assert.Equal(0, stats.ConstraintsAdded);
    }

    [Fact]
    public async Task ShouldReadNeo4jsSingularRelationshipDeletedCounter()
    {
        var json = RealResponses.CreateInTransaction.Replace("\"relationship_deleted\":0", "\"relationship_deleted\":3", StringComparison.Ordinal);

        var stats = (await FirstResultAsync(json)).Stats;

        Assert.Equal(3, stats!.RelationshipsDeleted);
    }

    [Fact]
    public async Task ShouldReadSchemaCounters()
    {
        var stats = (await FirstResultAsync(RealResponses.ConstraintCreated)).Stats;

        Assert.Equal(1, stats!.ConstraintsAdded);
        Assert.True(stats.ContainsUpdates);
    }

    [Fact]
    public async Task ShouldReadThePlanTreeOfAnExplain()
    {
        var plan = (await FirstResultAsync(RealResponses.Explain)).Plan;

        Assert.NotNull(plan);
        Assert.Equal("ProduceResults", plan.OperatorType);
        Assert.Equal(
            ["ProduceResults", "EmptyResult", "CreateRelationship", "ValueHashJoin", "NodeByLabelScan", "NodeByLabelScan"],
            plan.SelfAndDescendants().Select(p => p.OperatorType));
        Assert.Equal(2, plan.Children[0].Children[0].Children[0].Children.Count);
    }

    [Fact]
    public async Task ShouldLeavePlanEmptyWithoutExplain()
    {
        Assert.Null((await FirstResultAsync(RealResponses.Rows)).Plan);
    }

    [Fact]
    public async Task ShouldReadTheErrorsArrayOfAnHttp200Body()
    {
        var response = await ParseAsync(RealResponses.SchemaAndDataMixed);

        var error = Assert.Single(response.Errors);
        Assert.Equal("Neo.ClientError.Transaction.ForbiddenDueToTransactionType", error.Code);
        Assert.Single(response.Results);
    }

    [Fact]
    public async Task ShouldReadTheCommitUrlOfAnExplicitTransaction()
    {
        var response = await ParseAsync(RealResponses.Begin);

        Assert.Equal("http://127.0.0.1:17474/db/data/transaction/8/commit", response.Commit);
    }
}
