namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// The latest load attempt and the latest successful one, shared between the loader and the HTTP API
/// (so a researcher can see why an edit was not picked up while the last good graph stays in place).
/// </summary>
public sealed class LoadStatus
{
    private volatile LoadOutcome? _latest;
    private volatile LoadOutcome? _lastSuccess;

    public LoadOutcome? Latest => _latest;

    public LoadOutcome? LastSuccess => _lastSuccess;

    /// <summary>Raised after each <see cref="Record"/> (search re-indexes after a committed load).</summary>
    public event Action<LoadOutcome>? Recorded;

    public void Record(LoadOutcome outcome)
    {
        _latest = outcome;
        if (outcome.Succeeded) _lastSuccess = outcome;
        Recorded?.Invoke(outcome);
    }
}
