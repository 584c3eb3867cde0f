namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>A snapshot of <see cref="LocalNeo4jHealth"/>.</summary>
/// <param name="State">Up, restarting, down, ...</param>
/// <param name="Restarts">Successful restarts since the host started.</param>
/// <param name="Attempt">The restart attempt in progress (1-based), 0 when none.</param>
/// <param name="LastError">Why the server last died or failed to start, if it did.</param>
/// <param name="Since">When <paramref name="State"/> began.</param>
public sealed record LocalNeo4jStatus(LocalNeo4jState State, int Restarts, int Attempt, string? LastError, DateTimeOffset Since);
