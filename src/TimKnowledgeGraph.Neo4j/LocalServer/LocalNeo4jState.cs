namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>What the host knows about the Neo4j it talks to (reported by <c>/api/health</c> as lower-case text).</summary>
public enum LocalNeo4jState
{
    /// <summary>The local server is being started for the first time.</summary>
    Starting,

    /// <summary>The local server runs and answers.</summary>
    Up,

    /// <summary>The local server died; the host is starting it again (with back-off).</summary>
    Restarting,

    /// <summary>The local server is down and the host gave up restarting it (or it failed to start).</summary>
    Down,

    /// <summary>No local server: <c>Neo4j:Uri</c> points to one the host does not own.</summary>
    External,

    /// <summary>Another timkg process runs this data directory's server; that process restarts it, not this one.</summary>
    Shared,
}
