using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>The outcome of loading a content root: the graph, every problem found, and the files read.</summary>
/// <param name="Nodes">Nodes ordered by label, then id.</param>
/// <param name="Relationships">Relationships ordered by type, ends and key.</param>
/// <param name="Diagnostics">All problems, ordered by file, line and column.</param>
/// <param name="Files">Every content file with its SHA-256, ordered by path.</param>
public sealed record ContentLoadResult(
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ContentFile> Files)
{
    /// <summary>Whether any diagnostic is an error: a host must not write such a load.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
