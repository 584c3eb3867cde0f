namespace TimKnowledgeGraph.Tests.Cypher;

/// <summary>
/// Response bodies captured with curl from a real Neo4j Community 3.1.1 (unless marked otherwise), so that the
/// parser is tested against what the server really sends, including its quirks ("relationship_deleted",
/// <c>meta</c> longer than <c>columns</c>, errors with HTTP 200).
/// </summary>
internal static class RealResponses
{
    public const string Root31 = """
        {
          "management" : "http://127.0.0.1:17474/db/manage/",
          "data" : "http://127.0.0.1:17474/db/data/",
          "bolt" : "bolt://127.0.0.1:17687"
        }
        """;

    public const string Data31 = """
        {
          "extensions" : { },
          "node" : "http://127.0.0.1:17474/db/data/node",
          "batch" : "http://127.0.0.1:17474/db/data/batch",
          "cypher" : "http://127.0.0.1:17474/db/data/cypher",
          "transaction" : "http://127.0.0.1:17474/db/data/transaction",
          "node_labels" : "http://127.0.0.1:17474/db/data/labels",
          "neo4j_version" : "3.1.1"
        }
        """;

    public const string Components31 = """
        {"results":[{"columns":["name","versions","edition"],"data":[{"row":["Neo4j Kernel",["3.1.1"],"community"],"meta":[null,null,null]}],"stats":{"contains_updates":false,"nodes_created":0,"nodes_deleted":0,"properties_set":0,"relationships_created":0,"relationship_deleted":0,"labels_added":0,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":0,"constraints_removed":0}}],"errors":[]}
        """;

    /// <summary>5.x root document, as given in the Neo4j HTTP API / Query API documentation (discovery).</summary>
    public const string Root5 = """
        {
          "bolt_routing": "neo4j://localhost:7687",
          "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "dbms/cluster": "http://localhost:7474/dbms/cluster",
          "db/cluster": "http://localhost:7474/db/{databaseName}/cluster",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.19.0",
          "neo4j_edition": "enterprise"
        }
        """;

    /// <summary>dbms.components() on 5.x, written in the shape of <see cref="Components31"/>.</summary>
    public const string Components5 = """
        {"results":[{"columns":["name","versions","edition"],"data":[{"row":["Neo4j Kernel",["5.19.0"],"enterprise"],"meta":[null,null,null]}]}],"errors":[]}
        """;

    /// <summary>RETURN 1 AS i, 2.5 AS d, null AS n, true AS b, "s" AS s, [1, "a", null, [2.0]] AS l, {k: 1, m: {x: null, y: [true]}} AS m, 9007199254740993 AS big</summary>
    public const string Rows = """
        {"results":[{"columns":["i","d","n","b","s","l","m","big"],"data":[{"row":[1,2.5,null,true,"s",[1,"a",null,[2.0]],{"k":1,"m":{"x":null,"y":[true]}},9007199254740993],"meta":[null,null,null,null,null,null,null,null,null,null,null,null,null]}],"stats":{"contains_updates":false,"nodes_created":0,"nodes_deleted":0,"properties_set":0,"relationships_created":0,"relationship_deleted":0,"labels_added":0,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":0,"constraints_removed":0}}],"errors":[]}
        """;

    /// <summary>CREATE (n:TkgTmp {tkgTest:true, id:1}) RETURN n, inside an explicit transaction.</summary>
    public const string CreateInTransaction = """
        {"commit":"http://127.0.0.1:17474/db/data/transaction/8/commit","results":[{"columns":["n"],"data":[{"row":[{"id":1,"tkgTest":true}],"meta":[{"id":0,"type":"node","deleted":false}]}],"stats":{"contains_updates":true,"nodes_created":1,"nodes_deleted":0,"properties_set":2,"relationships_created":0,"relationship_deleted":0,"labels_added":1,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":0,"constraints_removed":0}}],"transaction":{"expires":"Sat, 21 Nov 2026 05:27:54 +0000"},"errors":[]}
        """;

    /// <summary>POST /db/data/transaction with no statements (HTTP 201, Location: .../transaction/8).</summary>
    public const string Begin = """
        {"commit":"http://127.0.0.1:17474/db/data/transaction/8/commit","results":[],"transaction":{"expires":"Sat, 21 Nov 2026 05:27:54 +0000"},"errors":[]}
        """;

    public const string Empty = """{"results":[],"errors":[]}""";

    public const string ReturnOne = """
        {"results":[{"columns":["x"],"data":[{"row":[1],"meta":[null]}]}],"errors":[]}
        """;

    public const string SyntaxError = """
        {"results":[],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input ' ': expected 'n/N' (line 1, column 6 (offset: 5))\n\"RETUR 1\"\n      ^"}]}
        """;

    public const string ConstraintViolation = """
        {"results":[],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node 2 already exists with label TkgTestLabel and property \"id\"=[1]"}]}
        """;

    /// <summary>A data statement then a schema statement in one transaction: a partial result and an error.</summary>
    public const string SchemaAndDataMixed = """
        {"results":[{"columns":[],"data":[]}],"errors":[{"code":"Neo.ClientError.Transaction.ForbiddenDueToTransactionType","message":"Cannot perform schema updates in a transaction that has performed data updates."}]}
        """;

    /// <summary>HTTP 404 from POST or DELETE on a transaction that no longer exists.</summary>
    public const string TransactionNotFound = """
        {"results":[],"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"Unrecognized transaction id. Transaction may have timed out and been rolled back."}]}
        """;

    /// <summary>HTTP 401 for a wrong password.</summary>
    public const string Unauthorized = """
        {
          "errors" : [ {
            "code" : "Neo.ClientError.Security.Unauthorized",
            "message" : "Invalid username or password."
          } ]
        }
        """;

    /// <summary>HTTP 403 on 3.x while the initial password must still be changed (shape from the 3.x manual).</summary>
    public const string PasswordChangeRequired = """
        {
          "password_change" : "http://localhost:7474/user/neo4j/password",
          "errors" : [ {
            "code" : "Neo.ClientError.Security.Forbidden",
            "message" : "User is required to change their password."
          } ]
        }
        """;

    /// <summary>EXPLAIN MATCH (a:TkgNothing) WITH a MATCH (b:TkgNothing {id: a.id}) CREATE (a)-[:T]->(b)</summary>
    public const string Explain = """
        {"results":[{"columns":[],"data":[],"stats":{"contains_updates":false,"nodes_created":0,"nodes_deleted":0,"properties_set":0,"relationships_created":0,"relationship_deleted":0,"labels_added":0,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":0,"constraints_removed":0},"plan":{"root":{"operatorType":"ProduceResults","runtime-impl":"INTERPRETED","planner-impl":"IDP","version":"CYPHER 3.1","KeyNames":"","EstimatedRows":0.0,"planner":"COST","runtime":"INTERPRETED","identifiers":[],"children":[{"operatorType":"EmptyResult","identifiers":[],"children":[{"operatorType":"CreateRelationship","EstimatedRows":0.0,"identifiers":["  UNNAMED71","a","b"],"children":[{"operatorType":"ValueHashJoin","LegacyExpression":"{lhs : b.id, rhs : a.id}","EstimatedRows":0.0,"identifiers":["a","b"],"children":[{"operatorType":"NodeByLabelScan","LabelName":":TkgNothing","EstimatedRows":1.0,"identifiers":["b"],"children":[]},{"operatorType":"NodeByLabelScan","LabelName":":TkgNothing","EstimatedRows":1.0,"identifiers":["a"],"children":[]}]}]}]}]}}}],"errors":[]}
        """;

    /// <summary>CREATE CONSTRAINT ON (n:TkgTestLabel) ASSERT n.id IS UNIQUE, the first time.</summary>
    public const string ConstraintCreated = """
        {"results":[{"columns":[],"data":[],"stats":{"contains_updates":true,"nodes_created":0,"nodes_deleted":0,"properties_set":0,"relationships_created":0,"relationship_deleted":0,"labels_added":0,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":1,"constraints_removed":0}}],"errors":[]}
        """;

    /// <summary>A transient error body, written in Neo4j's shape (a deadlock cannot be provoked on demand).</summary>
    public const string Deadlock = """
        {"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[3] can't acquire ExclusiveLock{owner=ForsetiClient[1]} on NODE(4)"}]}
        """;
}
