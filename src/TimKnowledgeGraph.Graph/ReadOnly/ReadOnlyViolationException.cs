namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>Where a read-only check refused a query.</summary>
public enum ReadOnlyCheck
{
    /// <summary>The query's tokens (write clauses, schema and admin commands, PROFILE, periodic commit, unreadable text), before anything reached Neo4j.</summary>
    Text,
    /// <summary>A call of a procedure that is not on the read-only allow-list, found in the text or in the plan.</summary>
    Procedure,
    /// <summary>An operator of the EXPLAIN plan that is not a known read operator.</summary>
    Plan,
    /// <summary>The server reported updates while running the query (the transaction was rolled back).</summary>
    Updates,
}

/// <summary>
/// A raw Cypher query was refused because it could change the database. <see cref="Operation"/> names what was refused
/// (a plan operator such as <c>CreateNode</c>, a procedure name, or a command such as <c>CREATE INDEX</c>).
/// </summary>
public sealed class ReadOnlyViolationException(ReadOnlyCheck check, string operation, string message) : Exception(message)
{
    /// <summary>Which check refused the query.</summary>
    public ReadOnlyCheck Check { get; } = check;

    /// <summary>The refused operation: plan operator, procedure or command.</summary>
    public string Operation { get; } = operation;
}

/// <summary>
/// A raw Cypher query ran longer than its time limit; its transaction was rolled back. Neo4j stops a query that reads the
/// graph at its next read; one that only computes runs to its end there, holding one of the places for raw queries.
/// </summary>
public sealed class CypherQueryTimeoutException(TimeSpan limit, int places)
    : TimeoutException($"the query ran longer than its time limit of {limit.TotalSeconds:0.###} s: its transaction was rolled back, " +
        $"which stops it in Neo4j at its next read of the graph (a query that only computes, such as reduce over a long range, " +
        $"runs on to its end and holds one of the {places} places for raw queries until then)")
{
    /// <summary>The limit that was exceeded.</summary>
    public TimeSpan Limit { get; } = limit;
}

/// <summary>Every place for raw queries stayed taken (<see cref="ReadOnlyCypherRunner.MaxConcurrentQueries"/>); nothing was sent to Neo4j.</summary>
public sealed class CypherBusyException(int places)
    : Exception($"Neo4j is still working on {places} earlier raw queries (at most {places} run at once); nothing was run, try again in a moment")
{
    /// <summary>How many raw queries may run at once.</summary>
    public int Places { get; } = places;
}
