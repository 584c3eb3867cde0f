namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// The latest load attempt and the latest successful one, shared between the loader and the HTTP API
/// (so a researcher can see why an edit was not picked up while the last good graph stays in place).
/// </summary>
public sealed class LoadStatus
{
    private volatile LoadOutcome? _latest;
    private volatile LoadOutcome? _lastSuccess;
    private long _version;

    public LoadOutcome? Latest => _latest;

    public LoadOutcome? LastSuccess => _lastSuccess;

    /// <summary>How many outcomes were recorded: changes with every load, so what was derived from an earlier one is stale.</summary>
    public long Version => Interlocked.Read(ref _version);
    /// <summary>Raised after each <see cref="Record"/> (search re-indexes after a committed load).</summary>
    public event Action<LoadOutcome>? Recorded;

    public void Record(LoadOutcome outcome)
    {
        _latest = outcome;
        if (outcome.Succeeded) _lastSuccess = outcome;
        Interlocked.Increment(ref _version);
        Recorded?.Invoke(outcome);
    }
}
