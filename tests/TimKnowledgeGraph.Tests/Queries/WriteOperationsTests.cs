using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.ReadOnly;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The server-free checks of the read-only runner.</summary>
public sealed class WriteOperationsTests
{
    [Theory]
    [InlineData("CREATE INDEX ON :A(id)", "CREATE INDEX/CONSTRAINT")]
    [InlineData("create constraint on (a:A) assert a.id is unique", "CREATE INDEX/CONSTRAINT")]
    [InlineData("CREATE CONSTRAINT a_id IF NOT EXISTS FOR (a:A) REQUIRE a.id IS UNIQUE", "CREATE INDEX/CONSTRAINT")]
    [InlineData("CREATE TEXT INDEX t FOR (a:A) ON (a.name)", "CREATE INDEX/CONSTRAINT")]
    [InlineData("/* x */ DROP CONSTRAINT ON (a:A) ASSERT a.id IS UNIQUE", "DROP")]
    [InlineData("USING PERIODIC COMMIT LOAD CSV FROM 'x' AS l CREATE (:A)", "USING PERIODIC COMMIT")]
    [InlineData("CREATE USER bob SET PASSWORD 'x'", "administration command")]
    [InlineData("GRANT ROLE admin TO bob", "administration command")]
    public void Schema_and_admin_commands_are_refused_from_the_text(string query, string operation)
    {
        Assert.Equal(operation, WriteOperations.RefusedCommand(query));
    }

    [Theory]
    [InlineData("MATCH (n) WHERE n.name = 'CREATE INDEX' RETURN n")]
    [InlineData("// DROP everything\nMATCH (n) RETURN n")]
    [InlineData("RETURN 'CALL dbms.security.createUser' AS text")]
    [InlineData("MATCH (n:Created) RETURN n.dropped")]
    public void Words_in_strings_comments_and_names_are_not_commands(string query)
    {
        Assert.Null(WriteOperations.RefusedCommand(query));
        Assert.Empty(WriteOperations.RefusedProcedures(query));
    }

    [Theory]
    [InlineData("CALL db.labels()", new string[0])]
    [InlineData("CALL db.labels() YIELD label CALL dbms.components() YIELD name RETURN *", new string[0])]
    [InlineData("CALL `db`.`labels`()", new string[0])]
    [InlineData("CALL apoc.create.node(['A'], {})", new[] { "apoc.create.node" })]
    [InlineData("call dbms.security.changePassword('x')", new[] { "dbms.security.changePassword" })]
    public void Only_allowed_procedures_may_be_called(string query, string[] refused)
    {
        Assert.Equal(refused, WriteOperations.RefusedProcedures(query));
    }

    [Theory]
    [InlineData("CreateNode", true)]
    [InlineData("MergeCreateNode", true)]
    [InlineData("SetNodeProperty", true)]
    [InlineData("SetLabels", true)]
    [InlineData("RemoveLabels", true)]
    [InlineData("Delete", true)]
    [InlineData("DetachDelete", true)]
    [InlineData("Foreach", true)]
    [InlineData("LoadCSV", true)]
    [InlineData("CreateUniqueConstraint", true)]
    [InlineData("DropIndex", true)]
    [InlineData("TransactionForeach", true)]
    [InlineData("NodeIndexSeek", false)]
    [InlineData("Expand(All)", false)]
    [InlineData("EagerAggregation", false)]
    [InlineData("ProduceResults", false)]
    [InlineData("AllNodesScan", false)]
    public void Write_operators_are_recognised(string operatorType, bool writes)
    {
        Assert.Equal(writes, WriteOperations.IsWriteOperator(operatorType));
    }

    [Fact]
    public void A_plan_with_a_write_deep_inside_is_refused_naming_the_operator()
    {
        var plan = new CypherPlan("ProduceResults", [new CypherPlan("EmptyResult", [new CypherPlan("SetLabels", [new CypherPlan("AllNodesScan", [])])])]);
        var refused = Assert.Throws<ReadOnlyViolationException>(() => ReadOnlyCypherRunner.CheckPlan(plan));
        Assert.Equal("SetLabels", refused.Operation);
        ReadOnlyCypherRunner.CheckPlan(new CypherPlan("ProduceResults", [new CypherPlan("AllNodesScan", [])]));
    }
}
