namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>What a request is for; decides how an HTTP 404 without a Neo4j error is read.</summary>
internal enum RequestKind
{
    /// <summary>GET / or GET /db/data/.</summary>
    Discovery,

    /// <summary>An auto-commit request or the opening of a transaction.</summary>
    Statements,

    /// <summary>A request to an open transaction's URL: 404 means the transaction is gone.</summary>
    OpenTransaction,
}
