namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// How much of a statement's answer to read: at most <paramref name="MaxRows"/> rows and about <paramref name="MaxBytes"/>
/// bytes of them. Past either, the reader stops reading (it does not skip the rest) and reports the result truncated.
/// </summary>
public sealed record CypherRowLimit(int MaxRows, long MaxBytes = CypherRowLimit.DefaultMaxBytes)
{
    /// <summary>32 MB of rows as JSON: a generous page, and a bound on what one answer can cost the host.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    /// <summary>
    /// Distinct nodes kept of the graph part (<see cref="CypherStatement.IncludeGraph"/>). A drawing of more is a hairball,
    /// and one row can hold any number of nodes (<c>collect(n)</c>), so the row limit alone does not bound the graph.
    /// </summary>
    public int MaxGraphNodes { get; init; } = 300;

    /// <summary>Distinct relationships kept of the graph part.</summary>
    public int MaxGraphRelationships { get; init; } = 1000;
}
