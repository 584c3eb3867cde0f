using TimKnowledgeGraph.Neo4j.Cypher;
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
    [InlineData("MATCH (n) WITH n LIMIT 1CREATE (m)", "CREATE")]
    [InlineData("MATCH (n) set n.x = 1", "SET")]
    [InlineData("MATCH (n) dEtAcH DeLeTe n", "DETACH DELETE")]
    [InlineData("MATCH (n)\t\r\nREMOVE n.x", "REMOVE")]
    [InlineData("WITH 'it\\'s' AS s MERGE (:A)", "MERGE")]
    [InlineData("WITH \"\\\\\" AS s FOREACH (x IN [1] | CREATE (:A))", "FOREACH")]
    [InlineData("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV")]
    [InlineData("CALL { CREATE (:A) } IN TRANSACTIONS", "CREATE")]
    [InlineData("CALL { MATCH (a) RETURN a } IN TRANSACTIONS RETURN 1", "CALL { } IN TRANSACTIONS")]
    [InlineData("RETURN 1; RETURN 2", "multiple statements")]
    [InlineData("CALL { MATCH (a) RETURN a } IN 4 CONCURRENT TRANSACTIONS RETURN 1", "CALL { } IN TRANSACTIONS")]
    [InlineData(":begin", "client command")]
    [InlineData("USE system SHOW USERS", "USE")]
    [InlineData("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "administration command")]
    [InlineData("RETURN 'open", "unreadable query")]
    [InlineData("RETURN 1 /* open", "unreadable query")]
    [InlineData("RETURN apoc.text.join(['a'], ',') AS x", "function apoc.text.join")]
    [InlineData("RETURN apoc.cypher.runFirstColumnSingle('CREATE (n) RETURN n', {}) AS x", "function apoc.cypher.runFirstColumnSingle")]
    [InlineData("RETURN `apoc.cypher.runFirstColumnSingle`('CREATE (n) RETURN n', {}) AS x", "function apoc.cypher.runFirstColumnSingle")]
    [InlineData("RETURN `apoc`.`cypher`.runFirstColumnSingle('x', {}) AS x", "function apoc.cypher.runFirstColumnSingle")]
    [InlineData("PROFILE MATCH (n) RETURN n", "PROFILE")]
    [InlineData("EXPLAIN MATCH (n) RETURN n", "EXPLAIN")]
    [InlineData("MATCH (start) SET start.x = 1", "SET")]
    [InlineData("MATCH (set) DELETE set", "DELETE")]
    [InlineData("MATCH (n) DELETE (n)", "DELETE")]
    [InlineData("MATCH (use) WITH use AS stop MERGE (stop)-[:R]->(use)", "MERGE")]
    [InlineData("MATCH (a) ON CREATE SET a.x = 1", "CREATE")]
    public void Schema_and_admin_commands_are_refused_from_the_text(string query, string operation)
    {
        Assert.Equal(operation, WriteOperations.RefusedCommand(query));
    }

    [Theory]
    [InlineData("MATCH (n) WHERE n.name = 'CREATE INDEX' RETURN n")]
    [InlineData("// DROP everything\nMATCH (n) RETURN n")]
    [InlineData("RETURN 'CALL dbms.security.createUser' AS text")]
    [InlineData("MATCH (n:Created) RETURN n.dropped")]
    [InlineData("MATCH (n:Merge)-[r:DELETE]->(m:`CREATE`) RETURN n.create, n.set, {set: 1, delete: 2, call: 3} AS m")]
    [InlineData("MATCH (n) WHERE n.drop = 1 RETURN n {.remove, .load} AS x")]
    [InlineData("WITH 1 AS `CREATE` RETURN `CREATE` AS `DELETE`")]
    [InlineData("RETURN \"it\\\"s CREATE\" AS s, 'CALL x.y()' AS t /* SET */")]
    [InlineData("RETURN date.truncate('day', date()) AS d, point.distance(point({x:0,y:0}), point({x:1,y:1})) AS p")]
    [InlineData("CALL db.labels() YIELD label RETURN label;")]
    [InlineData("RETURN {a: 1} IN [{a: 1}] AS found")]
    [InlineData("MATCH (n) WHERE {id} IN n.ids RETURN n")]
    [InlineData("MATCH (n) WHERE n.x IN transactions RETURN n")]
    // Variables and aliases named like clauses, as users write them (these were refused as START, USE, STOP and SET).
    [InlineData("MATCH (start:Concept)-->(x) RETURN start.id, x.id LIMIT 2")]
    [InlineData("MATCH (n:Concept) WITH n AS use RETURN use.id")]
    [InlineData("UNWIND [1, 2] AS stop RETURN stop")]
    [InlineData("RETURN 1 AS set")]
    [InlineData("MATCH (create)-[delete]->(merge) WHERE create.x = delete.y RETURN create, delete, merge")]
    [InlineData("WITH 1 AS load RETURN load + 1 AS drop, [x IN [load] | x] AS remove")]
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
    [InlineData("WITH 1 AS `'` CALL dbms.security.createUser('evil','evilpw',false) RETURN 1 AS done //'", new[] { "dbms.security.createUser" })]
    [InlineData("WITH 1 AS `'` CALL dbms.security.changePassword('evilpw') RETURN 1 AS done //'", new[] { "dbms.security.changePassword" })]
    [InlineData("RETURN 1 AS `a``'` UNION CALL `dbms`.`security`.`createUser`('e','p',false) RETURN 1 AS `a``'`", new[] { "dbms.security.createUser" })]
    [InlineData("CALL `dbms.security.createUser`('e','p',false)", new[] { "dbms.security.createUser" })]
    [InlineData("CALL dbms . security . createUser('e','p',false)", new[] { "dbms.security.createUser" })]
    [InlineData("CALL DB.LABELS()", new[] { "DB.LABELS" })]
    [InlineData("CALL db.createLabel('X')", new[] { "db.createLabel" })]
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
    [InlineData("ProduceResults@neo4j", false)]
    [InlineData("Create@neo4j", true)]
    [InlineData("TransactionApply@neo4j", true)]
    [InlineData("UpdateGraph", true)]
    [InlineData("AntiConditionalApply", true)]
    [InlineData("AnOperatorNobodyHasSeen", true)]
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

    [Theory]
    [InlineData("Signature", "dbms.security.createUser(CoerceTo({  AUTOSTRING1},String)) :: ()", "dbms.security.createUser")]
    [InlineData("Details", "dbms.security.changePassword($pw) :: ()", "dbms.security.changePassword")]
    [InlineData("Details", "`apoc`.`create`.`node`(['A'], {}) :: (node :: NODE)", "apoc.create.node")]
    public void A_procedure_call_in_the_plan_is_refused_unless_allowed(string argument, string signature, string procedure)
    {
        var call = new CypherPlan("ProcedureCall@neo4j", [new CypherPlan("Projection", [])], new Dictionary<string, string> { [argument] = signature });
        var refused = Assert.Throws<ReadOnlyViolationException>(() => ReadOnlyCypherRunner.CheckPlan(new CypherPlan("ProduceResults@neo4j", [call])));
        Assert.Equal((ReadOnlyCheck.Procedure, procedure), (refused.Check, refused.Operation));

        var allowed = new CypherPlan("ProcedureCall", [], new Dictionary<string, string> { [argument] = "db.labels() :: (label :: String)" });
        ReadOnlyCypherRunner.CheckPlan(new CypherPlan("ProduceResults", [allowed]));
    }

    [Fact]
    public void A_procedure_call_that_does_not_name_its_procedure_is_refused()
    {
        var refused = Assert.Throws<ReadOnlyViolationException>(() => ReadOnlyCypherRunner.CheckPlan(new CypherPlan("ProcedureCall", [])));
        Assert.Equal((ReadOnlyCheck.Plan, "ProcedureCall"), (refused.Check, refused.Operation));
    }

    [Fact]
    public void A_query_longer_than_the_limit_is_refused_before_it_is_read()
    {
        var query = "RETURN 1 AS x // " + new string('x', ReadOnlyText.MaxQueryLength);
        Assert.Equal("query too long", WriteOperations.RefusedCommand(query));
    }
}
