namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// The local Neo4j could not be provisioned, started or stopped. The message is one readable line that says
/// what to do (install Java, free a port, ...); details such as the server's console output follow on later lines.
/// </summary>
public sealed class LocalNeo4jException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// True when this machine lacks something the local server needs (Java, npm). Tests use it to skip outside CI;
    /// every other failure is a real fault.
    /// </summary>
    public bool IsMissingPrerequisite { get; init; }
}
