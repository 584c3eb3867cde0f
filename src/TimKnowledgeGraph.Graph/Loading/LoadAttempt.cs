namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// A load that began writing after the latest <c>Load</c> node and has not committed (yet): marked on that node, in a
/// transaction of its own, before the load's transaction opens. The load's commit makes a new latest Load node, which
/// carries no mark; a load cut off (the host stopped mid-load by SIGTERM, a crash, Neo4j failing) leaves the mark where
/// the next load reads it, to say so. Its transaction was never committed, so Neo4j rolled it back: the graph is as it
/// was before it.
/// </summary>
/// <param name="At">When the load began writing (UTC).</param>
/// <param name="By">Which process ran it: its pid and machine.</param>
public sealed record LoadAttempt(DateTimeOffset At, string By)
{
    /// <summary>This process, as <see cref="By"/> names it.</summary>
    public static string ThisProcess => $"pid {Environment.ProcessId} on {Environment.MachineName}";

    /// <summary>What the next load says about it, as one sentence.</summary>
    public string Sentence =>
        $"The previous load (started {At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, {By}) did not complete: it was interrupted (the process " +
        "stopped) or failed before it committed, so Neo4j rolled it back and the graph was left as it was before it";
}
