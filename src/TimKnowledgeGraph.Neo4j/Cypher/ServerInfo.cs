namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>What discovery found out about the server.</summary>
/// <param name="Version">Neo4j version, e.g. 3.1.1 or 5.26.0.</param>
/// <param name="Edition">community or enterprise, from dbms.components().</param>
/// <param name="TransactionEndpoint">The transactional endpoint for the configured database (without /commit).</param>
public sealed record ServerInfo(Version Version, string VersionText, string Edition, Uri TransactionEndpoint)
{
    /// <summary>4.x and later: named databases, <c>IF NOT EXISTS</c> DDL, <c>FOR ... REQUIRE</c> constraints (4.4+).</summary>
    public int Major => Version.Major;

    /// <summary>Neo4j 4.4.4+ honours the <c>access-mode: READ</c> header on the HTTP API.</summary>
    public bool SupportsAccessModeHeader => Version >= new Version(4, 4, 4);
}
