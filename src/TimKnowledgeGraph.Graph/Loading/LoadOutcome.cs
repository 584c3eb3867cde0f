using TimKnowledgeGraph.Domain.Diagnostics;

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
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
