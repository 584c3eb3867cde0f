using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Loading.Sync;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>What one load attempt did: whether the graph was changed, and the diagnostics that stopped it if not.</summary>
public sealed record LoadOutcome(
    bool Succeeded,
    DateTimeOffset At,
    TimeSpan Elapsed,
    int Files,
    int Nodes,
    int Relationships,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);

    /// <summary>How the load went: unchanged, incremental, full, rejected or failed.</summary>
    public LoadMode Mode { get; init; } = LoadMode.Full;

    /// <summary>The id of the <c>Load</c> node written, when the load succeeded.</summary>
    public string? LoadId { get; init; }

    /// <summary>Created / updated / deleted / unchanged per label and relationship type.</summary>
    public SyncSummary Summary { get; init; } = SyncSummary.Empty;

    /// <summary>Files whose hash differs from the last load's record (added, edited, renamed or deleted).</summary>
    public IReadOnlyList<string> ChangedFiles { get; init; } = [];

    /// <summary>How much of <see cref="Elapsed"/> was spent waiting for Neo4j; the rest is this process's own work.</summary>
    public TimeSpan Neo4jTime { get; init; }

    /// <summary>
    /// A load before this one that began writing and never committed (cut off by SIGTERM, a crash or a Neo4j failure):
    /// the graph was left as it was before it. Null when there was none.
    /// </summary>
    public LoadAttempt? Interrupted { get; init; }

    /// <summary>Why a load failed (Neo4j's error or the cancellation), when <see cref="Mode"/> is <see cref="LoadMode.Failed"/>.</summary>
    public string? Error { get; init; }
}
