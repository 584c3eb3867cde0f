namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>One value of a streamed answer (a row, a string in it) is larger than the reader may hold; nothing more was read.</summary>
internal sealed class CypherResultTooLargeException(long limitBytes)
    : Neo4jClientException("Tkg.ResultTooLarge",
        $"a single row of the answer is larger than {limitBytes / (1024 * 1024)} MB; return fewer or smaller values per row")
{
    /// <summary>The most bytes one row may take.</summary>
    public long LimitBytes { get; } = limitBytes;
}
