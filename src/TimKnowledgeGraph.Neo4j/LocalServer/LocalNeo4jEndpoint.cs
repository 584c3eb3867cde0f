namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>Where a running local Neo4j answers, and the credentials it was provisioned with.</summary>
/// <param name="HttpUri">Base HTTP address, e.g. http://127.0.0.1:7474/.</param>
/// <param name="BoltUri">Bolt address, e.g. bolt://127.0.0.1:7687.</param>
/// <param name="User">Always <c>neo4j</c>.</param>
/// <param name="Password">The password generated on first provisioning and stored in the data directory.</param>
internal sealed record LocalNeo4jEndpoint(Uri HttpUri, Uri BoltUri, string User, string Password)
{
    /// <summary>Keeps the password out of logs and test output.</summary>
    public override string ToString() => $"LocalNeo4jEndpoint {{ HttpUri = {HttpUri}, BoltUri = {BoltUri}, User = {User} }}";
}
