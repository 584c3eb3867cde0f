namespace TimKnowledgeGraph.Graph.Cypher;

/// <summary>
/// How much of a statement's answer to read: at most <paramref name="MaxRows"/> rows and about <paramref name="MaxBytes"/>
/// bytes of them. Past either, the reader stops reading (it does not skip the rest) and reports the result truncated.
/// </summary>
public sealed record CypherRowLimit(int MaxRows, long MaxBytes = CypherRowLimit.DefaultMaxBytes)
{
    /// <summary>32 MB of rows as JSON: a generous page, and a bound on what one answer can cost the host.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;
}
