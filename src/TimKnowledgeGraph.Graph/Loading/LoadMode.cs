namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>What a load attempt turned out to be.</summary>
public enum LoadMode
{
    /// <summary>Every file had the hash the last load recorded: nothing was parsed or rewritten.</summary>
    Unchanged,
    /// <summary>Compared with the snapshot this process wrote last: only differences were written.</summary>
    Incremental,
    /// <summary>Compared with the graph read back (first load of a process, or forced): only differences were written.</summary>
    Full,
    /// <summary>The content had errors: the graph was not touched.</summary>
    Rejected,
    /// <summary>Neo4j failed or the load was cancelled: the transaction was rolled back, the graph is as it was.</summary>
    Failed,
}
