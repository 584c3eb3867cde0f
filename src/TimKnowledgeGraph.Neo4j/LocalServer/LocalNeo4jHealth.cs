namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// The local server's state as the host sees it, kept by <see cref="LocalNeo4jHostedService"/> and read by the
/// health endpoint. <see cref="Restarted"/> tells whoever cares (the content loader) that the server came back.
/// Register as a singleton.
/// </summary>
public sealed class LocalNeo4jHealth
{
    private readonly Lock _lock = new();
    private LocalNeo4jStatus _status = new(LocalNeo4jState.Starting, 0, 0, null, DateTimeOffset.UtcNow);

    /// <summary>Raised after a restart succeeded (on the supervisor's thread; handlers must not block).</summary>
    public event Action? Restarted;

    /// <summary>The current state.</summary>
    public LocalNeo4jStatus Current
    {
        get
        {
            lock (_lock) return _status;
        }
    }

    internal void Set(LocalNeo4jState state, string? lastError = null, int attempt = 0) =>
        Update(s => s with { State = state, Attempt = attempt, LastError = lastError ?? s.LastError, Since = s.State == state ? s.Since : DateTimeOffset.UtcNow });

    internal void MarkRestarted()
    {
        Update(s => s with { State = LocalNeo4jState.Up, Restarts = s.Restarts + 1, Attempt = 0, Since = DateTimeOffset.UtcNow });
        Restarted?.Invoke();
    }

    private void Update(Func<LocalNeo4jStatus, LocalNeo4jStatus> change)
    {
        lock (_lock) _status = change(_status);
    }
}
